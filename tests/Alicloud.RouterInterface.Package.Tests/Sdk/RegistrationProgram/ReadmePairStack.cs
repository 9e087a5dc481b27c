using Pulumi;
using Pulumi.AlicloudRouterInterface;

namespace RegistrationProgram;

/// <summary>
/// The README's connected pair (README.md, "Example"): the acceptor in cn-shanghai through an explicit provider
/// with credentials, the initiator through the default provider, whose region is the package configuration
/// <c>alicloud-routerinterface:region</c> read through the SDK's <see cref="Config"/>.
/// </summary>
internal sealed class ReadmePairStack : Stack
{
    public ReadmePairStack()
    {
        var config = new Pulumi.Config();
        var acceptorRouterId = config.Require("acceptorRouterId");
        var initiatorRouterId = config.Require("initiatorRouterId");
        var initiatorRegion = Pulumi.AlicloudRouterInterface.Config.Region ?? "cn-hangzhou";

        ShanghaiArgs = new ProviderArgs
        {
            Region = "cn-shanghai",
            Endpoint = "http://127.0.0.1:8080",
            AccessKey = "emulator-dev",
            SecretKey = "emulator-dev-secret",
            SecurityToken = "sts-token",
        };
        var shanghai = new Provider("shanghai", ShanghaiArgs);

        var timeouts = new CustomTimeouts { Delete = TimeSpan.FromMinutes(10) };
        var acceptor = new RouterInterface("acceptor", new RouterInterfaceArgs
        {
            RouterId = acceptorRouterId,
            RouterType = "VRouter",
            Role = "AcceptingSide",
            Spec = "Negative",
            OppositeRegionId = initiatorRegion,
            Force = true,
        }, new CustomResourceOptions { Provider = shanghai, CustomTimeouts = timeouts });

        _ = new RouterInterface("initiator", new RouterInterfaceArgs
        {
            RouterId = initiatorRouterId,
            RouterType = "VRouter",
            Role = "InitiatingSide",
            Spec = "Mini.2",
            OppositeRegionId = "cn-shanghai",
            OppositeRouterId = acceptorRouterId,
            OppositeInterfaceId = acceptor.Id,
            Connect = true,
            Force = true,
        }, new CustomResourceOptions { CustomTimeouts = timeouts });

        AcceptorStatus = acceptor.Status;
    }

    /// <summary>The explicit provider's arguments, for the SDK-side secret checks.</summary>
    public static ProviderArgs ShanghaiArgs { get; private set; } = ProviderArgs.Empty;

    [Output("acceptorStatus")]
    public Output<string> AcceptorStatus { get; private set; }
}
