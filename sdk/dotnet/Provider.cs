// *** WARNING: this file has the shape pulumi-language-dotnet generates (`pulumi package gen-sdk --language dotnet`). ***
// *** Do not edit by hand unless you're certain you know what you are doing! ***
// Kept equal to schema.json by `make sdk`: edit the two together.

namespace Pulumi.AlicloudRouterInterface;

/// <summary>
/// The provider type for the alicloud-routerinterface package. Each setting falls back to its environment variables (see the package configuration).
/// </summary>
[AlicloudRouterInterfaceResourceType("pulumi:providers:alicloud-routerinterface")]
public partial class Provider : global::Pulumi.ProviderResource
{
    /// <summary>
    /// Create a Provider resource with the given unique name, arguments, and options.
    /// </summary>
    /// <param name="name">The unique name of the resource.</param>
    /// <param name="args">The arguments used to populate this resource's properties.</param>
    /// <param name="options">A bag of options that control this resource's behavior.</param>
    public Provider(string name, ProviderArgs? args = null, CustomResourceOptions? options = null)
        : base("alicloud-routerinterface", name, args ?? new ProviderArgs(), MakeResourceOptions(options, ""))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions
        {
            Version = Utilities.Version,
        };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        // Override the ID if one was specified for consistency with other language SDKs.
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class ProviderArgs : global::Pulumi.ResourceArgs
{
    [Input("accessKey")]
    private Input<string>? _accessKey;

    /// <summary>
    /// The AccessKey ID used to sign VPC API calls. Falls back to `ALIBABA_CLOUD_ACCESS_KEY_ID`, then `ALICLOUD_ACCESS_KEY`, then the `profile`. Never written to logs, diagnostics or outputs.
    /// </summary>
    public Input<string>? AccessKey
    {
        get => _accessKey;
        set
        {
            var emptySecret = Output.CreateSecret(0);
            _accessKey = Output.Tuple<Input<string>?, int>(value, emptySecret).Apply(t => t.Item1);
        }
    }

    /// <summary>
    /// The VPC OpenAPI endpoint to call instead of the host the official Alibaba Cloud SDK uses for the region (`https://vpc.&lt;region&gt;.aliyuncs.com` for most regions, `https://vpc.aliyuncs.com` for `cn-hangzhou`, the finance and gov regions and a few others), for example the local emulator (`http://127.0.0.1:&lt;port&gt;`). Plain `http` is accepted only for loopback hosts.
    /// </summary>
    [Input("endpoint")]
    public Input<string>? Endpoint { get; set; }

    [Input("oppositeAccessKey")]
    private Input<string>? _oppositeAccessKey;

    /// <summary>
    /// The AccessKey ID of the account that owns the other end of a cross-account pair (optional). Falls back to `ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_ID`, then the `oppositeProfile`. The delete uses it to describe, deactivate and delete the other account's end of a cross-account pair. Never written to logs, diagnostics or outputs.
    /// </summary>
    public Input<string>? OppositeAccessKey
    {
        get => _oppositeAccessKey;
        set
        {
            var emptySecret = Output.CreateSecret(0);
            _oppositeAccessKey = Output.Tuple<Input<string>?, int>(value, emptySecret).Apply(t => t.Item1);
        }
    }

    /// <summary>
    /// The name of an Alibaba Cloud CLI profile in `~/.aliyun/config.json` with the credentials of the account that owns the other end of a cross-account pair (optional; the file's current profile is never used for it). Falls back to `ALICLOUD_ROUTERINTERFACE_OPPOSITE_PROFILE`. The delete uses it to describe, deactivate and delete the other account's end of a cross-account pair.
    /// </summary>
    [Input("oppositeProfile")]
    public Input<string>? OppositeProfile { get; set; }

    [Input("oppositeSecretKey")]
    private Input<string>? _oppositeSecretKey;

    /// <summary>
    /// The AccessKey secret that belongs to `oppositeAccessKey`. Falls back to `ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_SECRET`, then the `oppositeProfile`. The delete uses it to describe, deactivate and delete the other account's end of a cross-account pair. Never written to logs, diagnostics or outputs.
    /// </summary>
    public Input<string>? OppositeSecretKey
    {
        get => _oppositeSecretKey;
        set
        {
            var emptySecret = Output.CreateSecret(0);
            _oppositeSecretKey = Output.Tuple<Input<string>?, int>(value, emptySecret).Apply(t => t.Item1);
        }
    }

    [Input("oppositeSecurityToken")]
    private Input<string>? _oppositeSecurityToken;

    /// <summary>
    /// The STS security token for `oppositeAccessKey`, needed only with temporary (STS) credentials of the other account. Falls back to `ALICLOUD_ROUTERINTERFACE_OPPOSITE_SECURITY_TOKEN`. The delete uses it to describe, deactivate and delete the other account's end of a cross-account pair.
    /// </summary>
    public Input<string>? OppositeSecurityToken
    {
        get => _oppositeSecurityToken;
        set
        {
            var emptySecret = Output.CreateSecret(0);
            _oppositeSecurityToken = Output.Tuple<Input<string>?, int>(value, emptySecret).Apply(t => t.Item1);
        }
    }

    /// <summary>
    /// The name of an Alibaba Cloud CLI profile in `~/.aliyun/config.json` to take credentials and region from when they are not set directly. Falls back to `ALIBABA_CLOUD_PROFILE`.
    /// </summary>
    [Input("profile")]
    public Input<string>? Profile { get; set; }

    /// <summary>
    /// The Alibaba Cloud region the provider works in (for example `cn-hangzhou`). A RouterInterface is created in this region. Falls back to the first set of `ALIBABA_CLOUD_REGION_ID`, `ALIBABA_CLOUD_REGION`, `ALICLOUD_REGION`, then to the region of the `profile`.
    /// </summary>
    [Input("region")]
    public Input<string>? Region { get; set; }

    [Input("secretKey")]
    private Input<string>? _secretKey;

    /// <summary>
    /// The AccessKey secret that belongs to `accessKey`. Falls back to `ALIBABA_CLOUD_ACCESS_KEY_SECRET`, then `ALICLOUD_SECRET_KEY`, then the `profile`. Never written to logs, diagnostics or outputs.
    /// </summary>
    public Input<string>? SecretKey
    {
        get => _secretKey;
        set
        {
            var emptySecret = Output.CreateSecret(0);
            _secretKey = Output.Tuple<Input<string>?, int>(value, emptySecret).Apply(t => t.Item1);
        }
    }

    [Input("securityToken")]
    private Input<string>? _securityToken;

    /// <summary>
    /// The STS security token, needed only with temporary (STS) credentials. Falls back to `ALIBABA_CLOUD_SECURITY_TOKEN`, then `ALICLOUD_SECURITY_TOKEN`.
    /// </summary>
    public Input<string>? SecurityToken
    {
        get => _securityToken;
        set
        {
            var emptySecret = Output.CreateSecret(0);
            _securityToken = Output.Tuple<Input<string>?, int>(value, emptySecret).Apply(t => t.Item1);
        }
    }

    /// <summary>
    /// How VPC API calls are signed: `ACS3-HMAC-SHA256` (signature V3, the default, as the official Alibaba Cloud SDKs sign) or `v2` (HMAC-SHA1, as Terraform signs; Alibaba Cloud marks it discontinued, but the VPC API still accepts it). The spelling is that of the SDKs' `signatureAlgorithm` setting. Falls back to `ALICLOUD_ROUTERINTERFACE_SIGNATURE_ALGORITHM`.
    /// </summary>
    [Input("signatureAlgorithm")]
    public Input<string>? SignatureAlgorithm { get; set; }

    public ProviderArgs()
    {
        // Environment fallbacks are resolved by the plugin, so credentials never travel through the program or its state.
    }

    public static new ProviderArgs Empty => new ProviderArgs();
}
