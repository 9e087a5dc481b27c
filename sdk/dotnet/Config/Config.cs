// The C# SDK for the alicloud-routerinterface provider, kept in the shape `pulumi package gen-sdk --language dotnet`
// gives it. `make sdk` checks it against schema.json (names, types, tokens); edit the two together.

using System;

namespace Pulumi.AlicloudRouterInterface;

/// <summary>
/// The stack configuration of the <c>alicloud-routerinterface</c> package (<c>alicloud-routerinterface:&lt;key&gt;</c>), each with its environment fallbacks.
/// </summary>
public static class Config
{
    private static readonly global::Pulumi.Config _packageConfig = new global::Pulumi.Config("alicloud-routerinterface");

    private static readonly Setting<string?> _accessKey = new Setting<string?>(() => _packageConfig.Get("accessKey") ?? Utilities.GetEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALICLOUD_ACCESS_KEY"));

    /// <summary>
    /// The AccessKey ID used to sign VPC API calls. Falls back to `ALIBABA_CLOUD_ACCESS_KEY_ID`, then `ALICLOUD_ACCESS_KEY`, then the `profile`. Never written to logs, diagnostics or outputs.
    /// </summary>
    public static string? AccessKey
    {
        get => _accessKey.Get();
        set => _accessKey.Set(value);
    }

    private static readonly Setting<string?> _endpoint = new Setting<string?>(() => _packageConfig.Get("endpoint"));

    /// <summary>
    /// The VPC OpenAPI endpoint to call instead of the regional `https://vpc.&lt;region&gt;.aliyuncs.com`, for example the local emulator (`http://127.0.0.1:&lt;port&gt;`). Plain `http` is accepted only for loopback hosts.
    /// </summary>
    public static string? Endpoint
    {
        get => _endpoint.Get();
        set => _endpoint.Set(value);
    }

    private static readonly Setting<string?> _profile = new Setting<string?>(() => _packageConfig.Get("profile") ?? Utilities.GetEnv("ALIBABA_CLOUD_PROFILE"));

    /// <summary>
    /// The name of an Alibaba Cloud CLI profile in `~/.aliyun/config.json` to take credentials and region from when they are not set directly. Falls back to `ALIBABA_CLOUD_PROFILE`.
    /// </summary>
    public static string? Profile
    {
        get => _profile.Get();
        set => _profile.Set(value);
    }

    private static readonly Setting<string?> _region = new Setting<string?>(() => _packageConfig.Get("region") ?? Utilities.GetEnv("ALIBABA_CLOUD_REGION_ID", "ALIBABA_CLOUD_REGION", "ALICLOUD_REGION"));

    /// <summary>
    /// The Alibaba Cloud region the provider works in (for example `cn-hangzhou`). A RouterInterface is created in this region. Falls back to the first set of `ALIBABA_CLOUD_REGION_ID`, `ALIBABA_CLOUD_REGION`, `ALICLOUD_REGION`, then to the region of the `profile`.
    /// </summary>
    public static string? Region
    {
        get => _region.Get();
        set => _region.Set(value);
    }

    private static readonly Setting<string?> _secretKey = new Setting<string?>(() => _packageConfig.Get("secretKey") ?? Utilities.GetEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALICLOUD_SECRET_KEY"));

    /// <summary>
    /// The AccessKey secret that belongs to `accessKey`. Falls back to `ALIBABA_CLOUD_ACCESS_KEY_SECRET`, then `ALICLOUD_SECRET_KEY`, then the `profile`. Never written to logs, diagnostics or outputs.
    /// </summary>
    public static string? SecretKey
    {
        get => _secretKey.Get();
        set => _secretKey.Set(value);
    }

    private static readonly Setting<string?> _securityToken = new Setting<string?>(() => _packageConfig.Get("securityToken") ?? Utilities.GetEnv("ALIBABA_CLOUD_SECURITY_TOKEN", "ALICLOUD_SECURITY_TOKEN"));

    /// <summary>
    /// The STS security token, needed only with temporary (STS) credentials. Falls back to `ALIBABA_CLOUD_SECURITY_TOKEN`, then `ALICLOUD_SECURITY_TOKEN`.
    /// </summary>
    public static string? SecurityToken
    {
        get => _securityToken.Get();
        set => _securityToken.Set(value);
    }

    // Read on first use, like the generated SDKs, so a program can still set a value before any resource reads it.
    private sealed class Setting<T>
    {
        private readonly Func<T> _read;
        private bool _isSet;
        private T _value = default!;

        public Setting(Func<T> read)
        {
            _read = read;
        }

        public T Get()
        {
            if (!_isSet)
            {
                _value = _read();
                _isSet = true;
            }

            return _value;
        }

        public void Set(T value)
        {
            _value = value;
            _isSet = true;
        }
    }
}
