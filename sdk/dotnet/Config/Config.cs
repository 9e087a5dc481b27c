// *** WARNING: this file has the shape pulumi-language-dotnet generates (`pulumi package gen-sdk --language dotnet`). ***
// *** Do not edit by hand unless you're certain you know what you are doing! ***
// Kept equal to schema.json by `make sdk`: edit the two together.

using System;

namespace Pulumi.AlicloudRouterInterface;

/// <summary>
/// The stack configuration of the <c>alicloud-routerinterface</c> package (<c>alicloud-routerinterface:&lt;key&gt;</c>), each with its environment fallbacks.
/// </summary>
public static class Config
{
    // Each read asks the current deployment's configuration again unless the program set a value, as the generated
    // Config does (genConfig in pulumi/pulumi-dotnet pulumi-language-dotnet/codegen/gen.go): a second deployment in
    // one process (Deployment.TestAsync in users' unit tests) reads its own configuration, not the first one's.
    [global::System.Diagnostics.CodeAnalysis.SuppressMessage("Microsoft.Design", "IDE1006", Justification =
        "Double underscore prefix used to avoid conflicts with variable names.")]
    private sealed class __Value<T>
    {
        private readonly Func<T> _getter;
        private T _value = default!;
        private bool _set;

        public __Value(Func<T> getter)
        {
            _getter = getter;
        }

        public T Get() => _set ? _value : _getter();

        public void Set(T value)
        {
            _value = value;
            _set = true;
        }
    }

    private static readonly global::Pulumi.Config __config = new global::Pulumi.Config("alicloud-routerinterface");

    private static readonly __Value<string?> _accessKey = new __Value<string?>(() => __config.Get("accessKey") ?? Utilities.GetEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALICLOUD_ACCESS_KEY"));

    /// <summary>
    /// The AccessKey ID used to sign VPC API calls. Falls back to `ALIBABA_CLOUD_ACCESS_KEY_ID`, then `ALICLOUD_ACCESS_KEY`, then the `profile`. Never written to logs, diagnostics or outputs.
    /// </summary>
    public static string? AccessKey
    {
        get => _accessKey.Get();
        set => _accessKey.Set(value);
    }

    private static readonly __Value<string?> _endpoint = new __Value<string?>(() => __config.Get("endpoint"));

    /// <summary>
    /// The VPC OpenAPI endpoint to call instead of the host the official Alibaba Cloud SDK uses for the region (`https://vpc.&lt;region&gt;.aliyuncs.com` for most regions, `https://vpc.aliyuncs.com` for `cn-hangzhou`, the finance and gov regions and a few others), for example the local emulator (`http://127.0.0.1:&lt;port&gt;`). Plain `http` is accepted only for loopback hosts.
    /// </summary>
    public static string? Endpoint
    {
        get => _endpoint.Get();
        set => _endpoint.Set(value);
    }

    private static readonly __Value<string?> _oppositeAccessKey = new __Value<string?>(() => __config.Get("oppositeAccessKey") ?? Utilities.GetEnv("ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_ID"));

    /// <summary>
    /// The AccessKey ID of the account that owns the other end of a cross-account pair (optional). Falls back to `ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_ID`, then the `oppositeProfile`. The delete uses it to describe, deactivate and delete the other account's end of a cross-account pair. Never written to logs, diagnostics or outputs.
    /// </summary>
    public static string? OppositeAccessKey
    {
        get => _oppositeAccessKey.Get();
        set => _oppositeAccessKey.Set(value);
    }

    private static readonly __Value<string?> _oppositeProfile = new __Value<string?>(() => __config.Get("oppositeProfile") ?? Utilities.GetEnv("ALICLOUD_ROUTERINTERFACE_OPPOSITE_PROFILE"));

    /// <summary>
    /// The name of an Alibaba Cloud CLI profile in `~/.aliyun/config.json` with the credentials of the account that owns the other end of a cross-account pair (optional; the file's current profile is never used for it). Falls back to `ALICLOUD_ROUTERINTERFACE_OPPOSITE_PROFILE`. The delete uses it to describe, deactivate and delete the other account's end of a cross-account pair.
    /// </summary>
    public static string? OppositeProfile
    {
        get => _oppositeProfile.Get();
        set => _oppositeProfile.Set(value);
    }

    private static readonly __Value<string?> _oppositeSecretKey = new __Value<string?>(() => __config.Get("oppositeSecretKey") ?? Utilities.GetEnv("ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_SECRET"));

    /// <summary>
    /// The AccessKey secret that belongs to `oppositeAccessKey`. Falls back to `ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_SECRET`, then the `oppositeProfile`. The delete uses it to describe, deactivate and delete the other account's end of a cross-account pair. Never written to logs, diagnostics or outputs.
    /// </summary>
    public static string? OppositeSecretKey
    {
        get => _oppositeSecretKey.Get();
        set => _oppositeSecretKey.Set(value);
    }

    private static readonly __Value<string?> _oppositeSecurityToken = new __Value<string?>(() => __config.Get("oppositeSecurityToken") ?? Utilities.GetEnv("ALICLOUD_ROUTERINTERFACE_OPPOSITE_SECURITY_TOKEN"));

    /// <summary>
    /// The STS security token for `oppositeAccessKey`, needed only with temporary (STS) credentials of the other account. Falls back to `ALICLOUD_ROUTERINTERFACE_OPPOSITE_SECURITY_TOKEN`. The delete uses it to describe, deactivate and delete the other account's end of a cross-account pair.
    /// </summary>
    public static string? OppositeSecurityToken
    {
        get => _oppositeSecurityToken.Get();
        set => _oppositeSecurityToken.Set(value);
    }

    private static readonly __Value<string?> _profile = new __Value<string?>(() => __config.Get("profile") ?? Utilities.GetEnv("ALIBABA_CLOUD_PROFILE"));

    /// <summary>
    /// The name of an Alibaba Cloud CLI profile in `~/.aliyun/config.json` to take credentials and region from when they are not set directly. Falls back to `ALIBABA_CLOUD_PROFILE`.
    /// </summary>
    public static string? Profile
    {
        get => _profile.Get();
        set => _profile.Set(value);
    }

    private static readonly __Value<string?> _region = new __Value<string?>(() => __config.Get("region") ?? Utilities.GetEnv("ALIBABA_CLOUD_REGION_ID", "ALIBABA_CLOUD_REGION", "ALICLOUD_REGION"));

    /// <summary>
    /// The Alibaba Cloud region the provider works in (for example `cn-hangzhou`). A RouterInterface is created in this region. Falls back to the first set of `ALIBABA_CLOUD_REGION_ID`, `ALIBABA_CLOUD_REGION`, `ALICLOUD_REGION`, then to the region of the `profile`.
    /// </summary>
    public static string? Region
    {
        get => _region.Get();
        set => _region.Set(value);
    }

    private static readonly __Value<string?> _secretKey = new __Value<string?>(() => __config.Get("secretKey") ?? Utilities.GetEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALICLOUD_SECRET_KEY"));

    /// <summary>
    /// The AccessKey secret that belongs to `accessKey`. Falls back to `ALIBABA_CLOUD_ACCESS_KEY_SECRET`, then `ALICLOUD_SECRET_KEY`, then the `profile`. Never written to logs, diagnostics or outputs.
    /// </summary>
    public static string? SecretKey
    {
        get => _secretKey.Get();
        set => _secretKey.Set(value);
    }

    private static readonly __Value<string?> _securityToken = new __Value<string?>(() => __config.Get("securityToken") ?? Utilities.GetEnv("ALIBABA_CLOUD_SECURITY_TOKEN", "ALICLOUD_SECURITY_TOKEN"));

    /// <summary>
    /// The STS security token, needed only with temporary (STS) credentials. Falls back to `ALIBABA_CLOUD_SECURITY_TOKEN`, then `ALICLOUD_SECURITY_TOKEN`.
    /// </summary>
    public static string? SecurityToken
    {
        get => _securityToken.Get();
        set => _securityToken.Set(value);
    }

    private static readonly __Value<string?> _signatureAlgorithm = new __Value<string?>(() => __config.Get("signatureAlgorithm") ?? Utilities.GetEnv("ALICLOUD_ROUTERINTERFACE_SIGNATURE_ALGORITHM"));

    /// <summary>
    /// How VPC API calls are signed: `ACS3-HMAC-SHA256` (signature V3, the default, as the official Alibaba Cloud SDKs sign) or `v2` (HMAC-SHA1, as Terraform signs; Alibaba Cloud marks it discontinued, but the VPC API still accepts it). The spelling is that of the SDKs' `signatureAlgorithm` setting. Falls back to `ALICLOUD_ROUTERINTERFACE_SIGNATURE_ALGORITHM`.
    /// </summary>
    public static string? SignatureAlgorithm
    {
        get => _signatureAlgorithm.Get();
        set => _signatureAlgorithm.Set(value);
    }
}
