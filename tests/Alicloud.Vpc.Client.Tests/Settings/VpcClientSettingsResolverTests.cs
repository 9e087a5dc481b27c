using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Tests.Support;

namespace Alicloud.Vpc.Client.Tests.Settings;

public sealed class VpcClientSettingsResolverTests
{
    private const string TwoProfiles = """
        {
          "current": "dev",
          "profiles": [
            { "name": "dev", "mode": "AK", "access_key_id": "file-dev-id", "access_key_secret": "file-dev-secret", "region_id": "cn-shanghai" },
            { "name": "sts", "mode": "StsToken", "access_key_id": "STS.id", "access_key_secret": "sts-secret", "sts_token": "sts-token-value", "region_id": "cn-beijing" },
            { "name": "role", "mode": "RamRoleArn", "access_key_id": "x", "access_key_secret": "y", "ram_role_arn": "acs:ram::1:role/r" }
          ]
        }
        """;

    private static VpcClientSettingsResolver Resolver(Dictionary<string, string> environment, string? home = null) => TestResolvers.Over(environment, home);

    [Fact]
    public void Resolve_ExplicitValues_WinOverEnvironment()
    {
        var resolver = Resolver(new() { ["ALIBABA_CLOUD_REGION_ID"] = "env-region", ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "env-id" });

        var resolved = resolver.Resolve(new VpcClientSettings { Region = "cn-hangzhou", AccessKeyId = "explicit-id", AccessKeySecret = "s" });

        Assert.Equal("cn-hangzhou", resolved.Region);
        Assert.Equal("explicit-id", resolved.AccessKeyId);
        Assert.True(resolved.IsComplete);
    }

    [Theory]
    [InlineData("ALIBABA_CLOUD_REGION_ID", "ALIBABA_CLOUD_REGION")]
    [InlineData("ALIBABA_CLOUD_REGION_ID", "ALICLOUD_REGION")]
    [InlineData("ALIBABA_CLOUD_REGION", "ALICLOUD_REGION")]
    public void Resolve_RegionEnvironmentVariables_FirstInOrderWins(string earlier, string later)
    {
        var resolved = Resolver(new() { [later] = "later", [earlier] = "earlier" }).Resolve(new VpcClientSettings());
        Assert.Equal("earlier", resolved.Region);
    }

    [Theory]
    [InlineData("ALICLOUD_REGION")]
    [InlineData("ALIBABA_CLOUD_REGION")]
    public void Resolve_OnlyLaterRegionVariableSet_IsUsed(string variable)
    {
        Assert.Equal("r1", Resolver(new() { [variable] = "r1" }).Resolve(new VpcClientSettings()).Region);
    }

    [Fact]
    public void Resolve_KeyEnvironmentVariables_FollowDocumentedOrder()
    {
        var resolved = Resolver(new()
        {
            ["ALICLOUD_ACCESS_KEY"] = "tf-id",
            ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "sdk-id",
            ["ALICLOUD_SECRET_KEY"] = "tf-secret",
            ["ALICLOUD_SECURITY_TOKEN"] = "tf-token",
            ["ALICLOUD_REGION"] = "r",
        }).Resolve(new VpcClientSettings());

        Assert.Equal("sdk-id", resolved.AccessKeyId);
        Assert.Equal("tf-secret", resolved.AccessKeySecret);
        Assert.Equal("tf-token", resolved.SecurityToken);
    }

    [Fact]
    public void Resolve_BlankValues_CountAsUnset()
    {
        var resolved = Resolver(new() { ["ALIBABA_CLOUD_REGION_ID"] = "  ", ["ALIBABA_CLOUD_REGION"] = "second" })
            .Resolve(new VpcClientSettings { Region = "" });
        Assert.Equal("second", resolved.Region);
    }

    [Fact]
    public void Resolve_NothingSet_ListsEveryMissingKeyWithItsVariables()
    {
        using var home = new TempHome();

        var resolved = Resolver([], home.Path).Resolve(new VpcClientSettings());

        Assert.False(resolved.IsComplete);
        Assert.Equal(["region", "accessKey", "secretKey"], resolved.Missing.Select(m => m.Name));
        Assert.Contains("ALIBABA_CLOUD_REGION_ID", resolved.Missing[0].Description, StringComparison.Ordinal);
        Assert.Contains("ALICLOUD_ACCESS_KEY", resolved.Missing[1].Description, StringComparison.Ordinal);
        Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET", resolved.Missing[2].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_OnlySecretMissing_ListsOnlySecretKey()
    {
        var resolved = Resolver(new() { ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "id" }).Resolve(new VpcClientSettings { Region = "r" });
        Assert.Equal(["secretKey"], resolved.Missing.Select(m => m.Name));
    }

    [Fact]
    public void Resolve_ProfileFileCurrentProfile_FillsWhatIsMissing()
    {
        using var home = new TempHome(TwoProfiles);

        var resolved = Resolver([], home.Path).Resolve(new VpcClientSettings());

        Assert.Equal("dev", resolved.Profile);
        Assert.Equal("cn-shanghai", resolved.Region);
        Assert.Equal("file-dev-id", resolved.AccessKeyId);
        Assert.Equal("file-dev-secret", resolved.AccessKeySecret);
        Assert.Null(resolved.SecurityToken);
        Assert.True(resolved.IsComplete);
    }

    [Fact]
    public void Resolve_ProfileFromEnvironment_SelectsStsProfileWithToken()
    {
        using var home = new TempHome(TwoProfiles);

        var resolved = Resolver(new() { ["ALIBABA_CLOUD_PROFILE"] = "sts" }, home.Path).Resolve(new VpcClientSettings());

        Assert.Equal("sts", resolved.Profile);
        Assert.Equal("cn-beijing", resolved.Region);
        Assert.Equal("STS.id", resolved.AccessKeyId);
        Assert.Equal("sts-token-value", resolved.SecurityToken);
    }

    [Fact]
    public void Resolve_ProfileNamedInTheConfig_WinsOverTheEnvironmentsKeysAsTheCliDoes()
    {
        using var home = new TempHome(TwoProfiles);

        var resolved = Resolver(new() { ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "env-id", ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "env-secret" }, home.Path)
            .Resolve(new VpcClientSettings { Profile = "sts" });

        Assert.Equal("STS.id", resolved.AccessKeyId); // aliyun --profile sts uses the profile, whatever the environment holds
        Assert.Equal("sts-secret", resolved.AccessKeySecret);
        Assert.Equal("sts-token-value", resolved.SecurityToken);
        Assert.Equal("cn-beijing", resolved.Region);
        Assert.Equal("profile 'sts' of the aliyun CLI file", resolved.CredentialSource);
    }

    [Fact]
    public void Resolve_ProfileNamedInTheEnvironment_ComesAfterTheEnvironmentsKeysAsTheDefaultChain()
    {
        using var home = new TempHome(TwoProfiles);

        var resolved = Resolver(new() { ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "env-id", ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "env-secret", ["ALIBABA_CLOUD_PROFILE"] = "sts" }, home.Path)
            .Resolve(new VpcClientSettings());

        Assert.Equal("env-id", resolved.AccessKeyId);
        Assert.Equal("env-secret", resolved.AccessKeySecret);
        Assert.Equal("cn-beijing", resolved.Region);
        Assert.Null(resolved.SecurityToken); // the profile's token belongs to the profile's key, not to env-id
        Assert.Equal("the environment", resolved.CredentialSource);
    }

    [Fact]
    public void Resolve_KeysInTheConfig_ComeBeforeANamedProfile()
    {
        using var home = new TempHome(TwoProfiles);

        var resolved = Resolver([], home.Path).Resolve(new VpcClientSettings { Profile = "sts", AccessKeyId = "cfg-id", AccessKeySecret = "cfg-secret" });

        Assert.Equal("cfg-id", resolved.AccessKeyId);
        Assert.Null(resolved.SecurityToken);
        Assert.Equal("the provider config", resolved.CredentialSource);
    }

    [Fact]
    public void Resolve_NamedUnsupportedProfile_IsReportedEvenWhenTheEnvironmentHasKeys()
    {
        using var home = new TempHome(TwoProfiles);
        var resolver = Resolver(new() { ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "env-id", ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "env-secret", ["ALIBABA_CLOUD_REGION_ID"] = "cn-hangzhou" }, home.Path);

        var error = Assert.Throws<VpcClientConfigurationException>(() => resolver.Resolve(new VpcClientSettings { Profile = "role" }));

        Assert.Equal("profile", error.Setting);
        Assert.Contains("RamRoleArn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_StsTokenProfileWithoutToken_IsRefusedNamingTheProfile()
    {
        using var home = new TempHome("""
            { "current": "temp", "profiles": [ { "name": "temp", "mode": "StsToken", "access_key_id": "STS.x", "access_key_secret": "y", "sts_token": "", "region_id": "cn-hangzhou" } ] }
            """);

        var current = Assert.Throws<VpcClientConfigurationException>(() => Resolver([], home.Path).Resolve(new VpcClientSettings()));
        var named = Assert.Throws<VpcClientConfigurationException>(() => Resolver([], home.Path).Resolve(new VpcClientSettings { Profile = "temp" }));

        foreach (var error in new[] { current, named })
        {
            Assert.Equal("profile", error.Setting);
            Assert.Contains("'temp'", error.Message, StringComparison.Ordinal);
            Assert.Contains("sts_token", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("STS.x", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Resolve_UnsupportedProfileMode_NamesProfileAndMode()
    {
        using var home = new TempHome(TwoProfiles);

        var error = Assert.Throws<VpcClientConfigurationException>(() => Resolver([], home.Path).Resolve(new VpcClientSettings { Profile = "role" }));

        Assert.Equal("profile", error.Setting);
        Assert.Contains("'role'", error.Message, StringComparison.Ordinal);
        Assert.Contains("RamRoleArn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NamedProfileAbsent_IsAnError()
    {
        using var home = new TempHome(TwoProfiles);
        var error = Assert.Throws<VpcClientConfigurationException>(() => Resolver([], home.Path).Resolve(new VpcClientSettings { Profile = "nope" }));
        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_EverythingExplicit_DoesNotReadBrokenProfileFile()
    {
        using var home = new TempHome("{ not json");
        var resolved = Resolver([], home.Path).Resolve(new VpcClientSettings { Region = "r", AccessKeyId = "i", AccessKeySecret = "s" });
        Assert.True(resolved.IsComplete);
    }

    [Fact]
    public void Resolve_BrokenProfileFileNeeded_IsAnErrorNamingProfile()
    {
        using var home = new TempHome("{ not json");
        var error = Assert.Throws<VpcClientConfigurationException>(() => Resolver([], home.Path).Resolve(new VpcClientSettings()));
        Assert.Equal("profile", error.Setting);
    }

    [Fact]
    public void Resolve_NoHomeDirectory_ReportsMissing()
    {
        Assert.Equal(3, Resolver([], home: null).Resolve(new VpcClientSettings()).Missing.Count);
    }

    [Fact]
    public void Resolve_HttpEndpointOnNonLoopback_IsRefusedNamingEndpoint()
    {
        var error = Assert.Throws<VpcClientConfigurationException>(() =>
            Resolver([]).Resolve(new VpcClientSettings { Endpoint = "http://vpc.cn-hangzhou.aliyuncs.com" }));
        Assert.Equal("endpoint", error.ParamName);
    }

    [Fact]
    public void Resolve_LoopbackEndpoint_IsKept()
    {
        var resolved = Resolver([]).Resolve(new VpcClientSettings { Endpoint = "127.0.0.1:4567" });
        Assert.Equal("127.0.0.1:4567", resolved.Endpoint);
    }

    [Fact]
    public void Resolve_NoSignatureAlgorithm_IsAcs3()
    {
        Assert.Equal(VpcSignatureVersion.Acs3HmacSha256, Resolver([]).Resolve(new VpcClientSettings()).SignatureVersion);
    }

    [Theory]
    [InlineData("v2", VpcSignatureVersion.RpcHmacSha1)]
    [InlineData("V2", VpcSignatureVersion.RpcHmacSha1)]
    [InlineData("ACS3-HMAC-SHA256", VpcSignatureVersion.Acs3HmacSha256)]
    [InlineData(" acs3-hmac-sha256 ", VpcSignatureVersion.Acs3HmacSha256)]
    public void Resolve_SignatureAlgorithm_SpeltAsTheSdkConfig(string value, VpcSignatureVersion expected)
    {
        Assert.Equal(expected, Resolver([]).Resolve(new VpcClientSettings { SignatureAlgorithm = value }).SignatureVersion);
    }

    [Fact]
    public void Resolve_SignatureAlgorithmFromEnvironment_IsUsedUnlessExplicit()
    {
        var resolver = Resolver(new() { ["ALICLOUD_ROUTERINTERFACE_SIGNATURE_ALGORITHM"] = "v2" });

        Assert.Equal(VpcSignatureVersion.RpcHmacSha1, resolver.Resolve(new VpcClientSettings()).SignatureVersion);
        Assert.Equal(VpcSignatureVersion.Acs3HmacSha256, resolver.Resolve(new VpcClientSettings { SignatureAlgorithm = "ACS3-HMAC-SHA256" }).SignatureVersion);
    }

    [Theory]
    [InlineData("HMAC-SHA1")]
    [InlineData("v1")]
    [InlineData("ACS3-RSA-SHA256")]
    public void Resolve_UnsupportedSignatureAlgorithm_IsRefusedNamingTheSetting(string value)
    {
        var error = Assert.Throws<VpcClientConfigurationException>(() => Resolver([]).Resolve(new VpcClientSettings { SignatureAlgorithm = value }));

        Assert.Equal("signatureAlgorithm", error.ParamName);
        Assert.Contains("'v2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_SettingsWithSecrets_NeverShowsThem()
    {
        var explicitSettings = new VpcClientSettings { AccessKeyId = "id-1", AccessKeySecret = "super-secret-1", SecurityToken = "token-secret-2" };
        var resolved = Resolver([]).Resolve(explicitSettings);

        foreach (var text in new[] { explicitSettings.ToString(), resolved.ToString() })
        {
            Assert.DoesNotContain("super-secret-1", text, StringComparison.Ordinal);
            Assert.DoesNotContain("token-secret-2", text, StringComparison.Ordinal);
            Assert.Contains("id-1", text, StringComparison.Ordinal);
        }
    }
}
