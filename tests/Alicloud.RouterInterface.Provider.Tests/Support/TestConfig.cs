using Alicloud.RouterInterface.Testing.Engine;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace Alicloud.RouterInterface.Provider.Tests.Support;

/// <summary>Provider configuration and RouterInterface inputs used across tests.</summary>
internal static class TestConfig
{
    public const string Region = "cn-hangzhou";
    public const string AccessKey = "LTAI-test-access-key";

    /// <summary>Distinctive so a scan of logs and outputs finds any leak.</summary>
    public const string SecretKey = "sk-9f1c2e7d-never-print-me";

    public const string RouterInterfaceToken = "alicloud-routerinterface:index:RouterInterface";

    public static string ProviderUrn => Urns.DefaultProvider("dev", "proj", "alicloud-routerinterface");

    public static string Urn(string name) => Urns.Create("dev", "proj", RouterInterfaceToken, name);

    /// <summary>Configure as the engine sends it: args with the secret as a secret object, flags, id/urn/name/type.</summary>
    public static ConfigureRequest Configure(string? endpoint = null, bool withCredentials = true)
    {
        var args = new Struct { Fields = { ["region"] = Value.ForString(Region) } };
        if (withCredentials)
        {
            args.Fields["accessKey"] = Value.ForString(AccessKey);
            args.Fields["secretKey"] = PropertyValues.Secret(SecretKey);
        }

        if (endpoint is not null)
        {
            args.Fields["endpoint"] = Value.ForString(endpoint);
        }

        return new ConfigureRequest
        {
            Args = args,
            AcceptSecrets = true,
            AcceptResources = true,
            SendsOldInputs = true,
            SendsOldInputsToDelete = true,
            Id = Guid.NewGuid().ToString(),
            Urn = ProviderUrn,
            Name = "default",
            Type = "pulumi:providers:alicloud-routerinterface",
        };
    }

    /// <summary>Valid inputs of an initiating interface, with optional overrides.</summary>
    public static Struct RouterInterfaceInputs(params (string Key, object? Value)[] overrides)
    {
        var inputs = PropertyValues.Object(
            ("routerId", "vrt-test0001"),
            ("routerType", "VRouter"),
            ("role", "InitiatingSide"),
            ("spec", "Small.1"),
            ("oppositeRegionId", "cn-shanghai"),
            ("name", "ri-test"));
        foreach (var (key, value) in overrides)
        {
            inputs.Fields[key] = PropertyValues.ToValue(value);
        }

        return inputs;
    }
}
