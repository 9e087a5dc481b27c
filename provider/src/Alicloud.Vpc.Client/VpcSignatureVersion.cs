namespace Alicloud.Vpc.Client;

/// <summary>How requests are signed (chosen with the <c>signatureAlgorithm</c> setting).</summary>
public enum VpcSignatureVersion
{
    /// <summary>RPC HMAC-SHA1 (<c>SignatureVersion=1.0</c>, the <c>Signature</c> parameter), as Terraform sends it.</summary>
    RpcHmacSha1 = 0,

    /// <summary>ACS3-HMAC-SHA256 (the <c>Authorization</c> header), the default here and of the current official SDKs.</summary>
    Acs3HmacSha256 = 1,
}
