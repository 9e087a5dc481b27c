using Alicloud.RouterInterface.Provider.Protocol;

namespace Alicloud.RouterInterface.Provider.Configuration;

/// <summary>The provider configuration keys (stack config <c>alicloud-routerinterface:&lt;key&gt;</c>).</summary>
internal static class ProviderConfigKeys
{
    public const string Package = "alicloud-routerinterface";

    public const string Region = "region";
    public const string AccessKey = "accessKey";
    public const string SecretKey = "secretKey";
    public const string SecurityToken = "securityToken";
    public const string Profile = "profile";
    public const string Endpoint = "endpoint";
    public const string SignatureAlgorithm = "signatureAlgorithm";

    // The account that owns the other end of a cross-account pair (see ProviderContext.OppositeVpcClient).
    public const string OppositeAccessKey = "oppositeAccessKey";
    public const string OppositeSecretKey = "oppositeSecretKey";
    public const string OppositeSecurityToken = "oppositeSecurityToken";
    public const string OppositeProfile = "oppositeProfile";

    /// <summary>Keys the engine adds to every provider's inputs (the plugin version it asked for).</summary>
    public const string Version = "version";

    public static readonly IReadOnlyList<string> All =
        [Region, AccessKey, SecretKey, SecurityToken, Profile, Endpoint, SignatureAlgorithm, OppositeAccessKey, OppositeSecretKey, OppositeSecurityToken, OppositeProfile];

    /// <summary>
    /// Credential keys: CheckConfig returns them as secrets however they came, since the engine stores what CheckConfig
    /// returns and never applies the schema's <c>secret: true</c> (pkg/resource/deploy/providers/registry.go); a check
    /// failure or a configuration error about them never quotes the value. One source: the config variables that the
    /// embedded schema.json marks <c>secret: true</c>, so a key made secret there is secret everywhere.
    /// </summary>
    public static IReadOnlySet<string> Secrets => EmbeddedSchema.SecretConfigKeys;

    /// <summary>The full stack-config name, e.g. <c>alicloud-routerinterface:region</c>.</summary>
    public static string Qualified(string key) => key.StartsWith(Package + ":", StringComparison.Ordinal) ? key : $"{Package}:{key}";

    /// <summary>The key of the deprecated <c>ConfigureRequest.variables</c> map, e.g. <c>alicloud-routerinterface:config:region</c>.</summary>
    public static string Variable(string key) => $"{Package}:config:{key}";

    /// <summary>True for keys that are ours or that the engine adds itself.</summary>
    public static bool IsKnown(string key) =>
        All.Contains(key, StringComparer.Ordinal) || key == Version || key.StartsWith("__", StringComparison.Ordinal);
}
