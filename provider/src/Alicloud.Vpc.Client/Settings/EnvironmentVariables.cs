namespace Alicloud.Vpc.Client.Settings;

/// <summary>Environment fallbacks per setting, first set wins (Alibaba SDK/CLI names first, then Terraform's).</summary>
internal static class EnvironmentVariables
{
    public static readonly string[] Region = ["ALIBABA_CLOUD_REGION_ID", "ALIBABA_CLOUD_REGION", "ALICLOUD_REGION"];
    public static readonly string[] AccessKeyId = ["ALIBABA_CLOUD_ACCESS_KEY_ID", "ALICLOUD_ACCESS_KEY"];
    public static readonly string[] AccessKeySecret = ["ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALICLOUD_SECRET_KEY"];
    public static readonly string[] SecurityToken = ["ALIBABA_CLOUD_SECURITY_TOKEN", "ALICLOUD_SECURITY_TOKEN"];
    public static readonly string[] Profile = ["ALIBABA_CLOUD_PROFILE"];

    /// <summary>Ours: the official SDKs read <c>signatureAlgorithm</c> from their Config only.</summary>
    public static readonly string[] SignatureAlgorithm = ["ALICLOUD_ROUTERINTERFACE_SIGNATURE_ALGORITHM"];

    /// <summary>
    /// The other account of a cross-account pair. No SDK, CLI or Terraform name exists for a second account, so these are
    /// ours, shaped like the first names of the provider's own rows.
    /// </summary>
    public static class Opposite
    {
        public static readonly string[] AccessKeyId = ["ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_ID"];
        public static readonly string[] AccessKeySecret = ["ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_SECRET"];
        public static readonly string[] SecurityToken = ["ALICLOUD_ROUTERINTERFACE_OPPOSITE_SECURITY_TOKEN"];
        public static readonly string[] Profile = ["ALICLOUD_ROUTERINTERFACE_OPPOSITE_PROFILE"];
    }
}
