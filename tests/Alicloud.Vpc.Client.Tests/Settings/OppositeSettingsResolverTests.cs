using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Tests.Support;

namespace Alicloud.Vpc.Client.Tests.Settings;

/// <summary>The other account's credentials: the same explicit → environment → profile order, but never the CLI file's current profile.</summary>
public sealed class OppositeSettingsResolverTests
{
    private const string Profiles = """
        {
          "current": "own",
          "profiles": [
            { "name": "own", "mode": "AK", "access_key_id": "own-id", "access_key_secret": "own-secret", "region_id": "cn-hangzhou" },
            { "name": "peer", "mode": "StsToken", "access_key_id": "STS.peer", "access_key_secret": "peer-secret", "sts_token": "peer-token", "region_id": "cn-beijing" }
          ]
        }
        """;

    private static readonly ResolvedSettings s_own = new()
    {
        Region = "cn-hangzhou",
        AccessKeyId = "own-id",
        AccessKeySecret = "own-secret",
        Endpoint = "127.0.0.1:4567",
        SignatureVersion = VpcSignatureVersion.RpcHmacSha1,
    };

    private static VpcClientSettingsResolver Resolver(Dictionary<string, string> environment, string? home = null) => TestResolvers.Over(environment, home);

    [Fact]
    public void ResolveOpposite_NothingGiven_IsNullEvenWithACurrentProfile()
    {
        using var home = new TempHome(Profiles);

        Assert.Null(Resolver([], home.Path).ResolveOpposite(new VpcClientSettings(), s_own));
    }

    [Fact]
    public void ResolveOpposite_ExplicitKeys_KeepTheOwnRegionEndpointAndSignature()
    {
        var opposite = Resolver([]).ResolveOpposite(new VpcClientSettings { AccessKeyId = "peer-id", AccessKeySecret = "peer-secret", SecurityToken = "t" }, s_own)!;

        Assert.True(opposite.IsComplete);
        Assert.Equal(("peer-id", "peer-secret", "t"), (opposite.AccessKeyId, opposite.AccessKeySecret, opposite.SecurityToken));
        Assert.Equal(("cn-hangzhou", "127.0.0.1:4567", VpcSignatureVersion.RpcHmacSha1), (opposite.Region, opposite.Endpoint, opposite.SignatureVersion));
    }

    [Fact]
    public void ResolveOpposite_EnvironmentOnly_IsUsedAndTheOwnVariablesAreNot()
    {
        var resolver = Resolver(new()
        {
            ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "own-env-id",
            ["ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_ID"] = "peer-env-id",
            ["ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_SECRET"] = "peer-env-secret",
        });

        var opposite = resolver.ResolveOpposite(new VpcClientSettings(), s_own)!;

        Assert.Equal(("peer-env-id", "peer-env-secret"), (opposite.AccessKeyId, opposite.AccessKeySecret));
    }

    [Fact]
    public void ResolveOpposite_NamedProfile_TakesItsKeysAndToken()
    {
        using var home = new TempHome(Profiles);

        var opposite = Resolver(new() { ["ALICLOUD_ROUTERINTERFACE_OPPOSITE_PROFILE"] = "peer" }, home.Path).ResolveOpposite(new VpcClientSettings(), s_own)!;

        Assert.True(opposite.IsComplete);
        Assert.Equal(("STS.peer", "peer-secret", "peer-token", "peer"), (opposite.AccessKeyId, opposite.AccessKeySecret, opposite.SecurityToken, opposite.Profile));
        Assert.Equal("cn-hangzhou", opposite.Region);
    }

    [Fact]
    public void ResolveOpposite_KeyWithoutSecret_ListsTheOppositeSecretAsMissing()
    {
        using var home = new TempHome(Profiles);

        var opposite = Resolver([], home.Path).ResolveOpposite(new VpcClientSettings { AccessKeyId = "peer-id" }, s_own)!;

        var missing = Assert.Single(opposite.Missing);
        Assert.Equal("oppositeSecretKey", missing.Name);
        Assert.Contains("ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_SECRET", missing.Description, StringComparison.Ordinal);
        Assert.Contains("alicloud-routerinterface:oppositeProfile", missing.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveOpposite_NamedProfileAbsent_IsAnErrorNamingOppositeProfile()
    {
        using var home = new TempHome(Profiles);

        var error = Assert.Throws<VpcClientConfigurationException>(() => Resolver([], home.Path).ResolveOpposite(new VpcClientSettings { Profile = "nope" }, s_own));

        Assert.Equal("oppositeProfile", error.Setting);
        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_OppositeSettings_NeverShowTheSecretOrToken()
    {
        var opposite = Resolver([]).ResolveOpposite(new VpcClientSettings { AccessKeyId = "peer-id", AccessKeySecret = "peer-secret-value", SecurityToken = "peer-token-value" }, s_own)!;

        Assert.DoesNotContain("peer-secret-value", opposite.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("peer-token-value", opposite.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveOpposite_ProfileNamedInTheConfig_WinsOverTheEnvironmentsOppositeKeys()
    {
        using var home = new TempHome(Profiles);
        var resolver = Resolver(new()
        {
            ["ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_ID"] = "env-peer-id",
            ["ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_SECRET"] = "env-peer-secret",
        }, home.Path);

        var named = resolver.ResolveOpposite(new VpcClientSettings { Profile = "peer" }, s_own)!;
        var unnamed = resolver.ResolveOpposite(new VpcClientSettings(), s_own)!;

        Assert.Equal(("STS.peer", "peer-token"), (named.AccessKeyId, named.SecurityToken));
        Assert.Equal("profile 'peer' of the aliyun CLI file", named.CredentialSource);
        Assert.Equal("env-peer-id", unnamed.AccessKeyId);
        Assert.Equal("the environment", unnamed.CredentialSource);
    }
}
