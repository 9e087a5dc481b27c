using Alicloud.RouterInterface.Reliability.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.RouterInterface.Tests.Shared;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace Alicloud.RouterInterface.Reliability.Tests.Secrets;

/// <summary>
/// Each of the six credential keys set as plain config (issue 22, finding 3): the value comes back from CheckConfig
/// marked secret, a check failure on it leaves <c>property</c> empty and quotes nothing, and after CheckConfig,
/// Configure, a failed Configure, the diagnostics and the state the value is found nowhere in plain text.
/// </summary>
public sealed class SecretConfigKeysScenarioTests
{
    private const string OppositeToken = LeakCheckKeys.TokenMarker + "OPPOSITE-8b1a9953c4611296a827abf8c47804d7";

    /// <summary>The six keys, each with a recognisable value (the opposite account is the leak-check long-lived key).</summary>
    private static readonly Dictionary<string, string> s_plainKeys = new(StringComparer.Ordinal)
    {
        ["accessKey"] = LeakCheckKeys.Sts.AccessKeyId,
        ["secretKey"] = LeakCheckKeys.Sts.AccessKeySecret,
        ["securityToken"] = LeakCheckKeys.Sts.SecurityToken!,
        ["oppositeAccessKey"] = LeakCheckKeys.Plugin.AccessKeyId,
        ["oppositeSecretKey"] = LeakCheckKeys.Plugin.AccessKeySecret,
        ["oppositeSecurityToken"] = OppositeToken,
    };

    public static TheoryData<string> Keys() => [.. s_plainKeys.Keys];

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task CheckConfig_PlainKeyAndAFailureOnIt_ComeBackSecretAndQuoteNothing(string key)
    {
        using var deadline = TestBounds.Start(TimeSpan.FromMinutes(1));
        await using var plugin = await InProcessPlugin.StartAsync(deadline.Token);
        var value = s_plainKeys[key];
        var news = PropertyValues.Object(("region", Cloud.Region), (key, value));
        var broken = key is "secretKey" or "oppositeSecretKey"
            ? PropertyValues.Object((key, PropertyValues.Object(("nested", value)))) // secrets are not text-checked: no string at all
            : PropertyValues.Object((key, value + "\r\nX-Injected: yes"));

        var valid = await plugin.Client.CheckConfigAsync(new CheckRequest { Urn = Urn, News = news }, cancellationToken: deadline.Token);
        var refused = await plugin.Client.CheckConfigAsync(new CheckRequest { Urn = Urn, News = broken }, cancellationToken: deadline.Token);

        Assert.Empty(valid.Failures);
        Assert.True(PropertyValues.IsSecretProperty(valid.Inputs, key), key);
        Assert.True(PropertyValues.IsSecretProperty(refused.Inputs, key), key);
        var failure = Assert.Single(refused.Failures);
        Assert.Equal("", failure.Property); // a named property would make the engine print its value beside the reason
        Assert.Contains(key, failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(value, failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Injected", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpDestroyAndAFailedConfigure_SixPlainKeys_AreFoundNowhere()
    {
        using var deadline = TestBounds.Start(TimeSpan.FromMinutes(4));
        var token = deadline.Token;
        await using var cloud = await Cloud.StartAsync(seed: 22, stateFile: null, token);
        var vpc = await cloud.CreateVpcAsync("10.3.0.0/16", token);
        var program = new StackProgram(new ResourceDeclaration(RouterInterfaceInputs.Token, "plain-keys", RouterInterfaceInputs.Single(vpc.VRouterId, "plain-keys", force: true, prepaid: false)));
        var verbose = new PulumiEngineOptions { PluginArguments = ["-v=9", "--logtostderr"], ContinueOnError = true };
        var results = new List<OperationResult>();

        await using (var engine = await PulumiEngine.StartAsync(verbose, token))
        {
            Configure(engine, cloud, s_plainKeys);
            var up = await engine.UpAsync(program, cancellationToken: token);
            Assert.True(up.Succeeded, up.ToString());
            var provider = engine.State.Provider ?? engine.State.ExplicitProviders.Single();
            foreach (var (key, value) in s_plainKeys)
            {
                Assert.True(PropertyValues.IsSecretProperty(provider.Inputs, key), $"{key} is stored plain in the state");
                Assert.Empty(SecretPlacement.PlainOccurrences(provider.Inputs, value)); // the engine encrypts what is marked secret
            }

            results.Add(up);
            foreach (var account in new[] { "this account", "the opposite account" })
            {
                // said once per plugin process: where the keys came from, never what they are
                var said = $"Credentials of {account}: the AccessKey from the provider config";
                Assert.Equal(up.PluginProcessIds.Count, up.PluginStandardError.Split(said).Length - 1);
            }

            var destroy = await engine.DestroyAsync(cancellationToken: token); // Configure from the state, as the CLI does
            Assert.True(destroy.Succeeded, destroy.ToString());
            results.Add(destroy);
        }

        // Configure refuses: the opposite AccessKey without its secret is reported as missing, naming the key only.
        await using (var refused = await PulumiEngine.StartAsync(verbose, token))
        {
            Configure(refused, cloud, s_plainKeys.Where(k => k.Key != "oppositeSecretKey").ToDictionary(StringComparer.Ordinal));
            var up = await refused.UpAsync(program, cancellationToken: token);
            Assert.False(up.Succeeded);
            Assert.Contains(up.Errors.Concat(up.Resources.Select(r => r.Error ?? "")), e => e.Contains("oppositeSecretKey", StringComparison.Ordinal));
            results.Add(up);
        }

        foreach (var result in results)
        {
            var texts = result.Logs.Select(l => l.Message).Concat(result.Errors).Append(result.PluginStandardError).Append(result.PluginStandardOutput)
                .Concat(result.Resources.SelectMany(r => r.Warnings.Concat(r.InitErrors).Append(r.Error ?? "").Concat(r.CheckFailures.Select(f => f.Reason))))
                .Concat(result.Resources.Select(r => r.Outputs is null ? "" : PropertyValues.ToJson(r.Outputs)));
            foreach (var text in texts)
            {
                AssertNowhere(text, result.Kind.ToString());
            }
        }
    }

    private const string Urn = "urn:pulumi:dev::secrets::pulumi:providers:alicloud-routerinterface::default";

    private static void Configure(PulumiEngine engine, Cloud cloud, Dictionary<string, string> keys)
    {
        engine.Config["region"] = Cloud.Region;
        engine.Config["endpoint"] = cloud.Emulator.Endpoint;
        foreach (var (key, value) in keys)
        {
            engine.Config[key] = ConfigValue.Plain(value);
        }
    }

    private static void AssertNowhere(string text, string where)
    {
        foreach (var (key, value) in s_plainKeys)
        {
            Assert.False(text.Contains(value, StringComparison.Ordinal), $"the plain {key} appears in {where}");
        }
    }
}
