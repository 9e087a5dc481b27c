using Alicloud.Vpc.Client.Errors;

namespace Alicloud.Vpc.Client.Settings;

/// <summary>
/// The <c>signatureAlgorithm</c> setting, spelt as the official SDKs' <c>Config.SignatureAlgorithm</c> spells it: unset or
/// <c>ACS3-HMAC-SHA256</c> signs with V3, <c>v2</c> with the RPC HMAC-SHA1 signature (github.com/aliyun/darabonba-openapi
/// <c>csharp/core/Client.cs</c>: default <c>"ACS3-HMAC-SHA256"</c>, <c>_signatureAlgorithm != "v2"</c> picks V3). V2 is marked
/// discontinued by Alibaba Cloud but still accepted by the VPC API (A11), and is what Terraform sends.
/// </summary>
internal static class SignatureAlgorithms
{
    public const string SettingName = "signatureAlgorithm";
    public const string Acs3 = "ACS3-HMAC-SHA256";
    public const string V2 = "v2";

    public static VpcSignatureVersion Parse(string? value)
    {
        if (value is null || string.Equals(value, Acs3, StringComparison.OrdinalIgnoreCase))
        {
            return VpcSignatureVersion.Acs3HmacSha256;
        }

        if (string.Equals(value, V2, StringComparison.OrdinalIgnoreCase))
        {
            return VpcSignatureVersion.RpcHmacSha1;
        }

        var shown = value.Length <= 40 ? value : value[..40] + "…";
        throw new VpcClientConfigurationException(SettingName, $"The signature algorithm '{shown}' is not supported; use '{Acs3}' (the default) or '{V2}' (HMAC-SHA1).");
    }
}
