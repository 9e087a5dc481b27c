using System.Text.Json;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>
/// An emulator that also knows an STS-style credential with distinctive secret values (same account as the dev key),
/// which the stack's provider is configured with, so any leak of them into logs or outputs can be searched for.
/// </summary>
public sealed class SecretCredentialsFixture : EmulatorFixture
{
    public const string AccessKeySecret = "e2e-Lifecycle-Secret-3f9a1c";
    public const string SecurityToken = "e2e-Lifecycle-StsToken-77d2b0";

    /// <summary>The plugin as `pulumi --logtostderr -v=9` runs it: everything it logs goes to stderr, where the scan looks.</summary>
    public static PulumiEngineOptions Verbose { get; } = new() { PluginArguments = ["-v=9", "--logtostderr"] };

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"e2e-credentials-{Guid.NewGuid():N}.json");

    public SecretCredentialsFixture()
    {
        File.WriteAllText(_file, JsonSerializer.Serialize(new[]
        {
            new { accessKeyId = Credential.AccessKeyId, accessKeySecret = AccessKeySecret, accountId = Credential.AccountId, securityToken = SecurityToken },
        }));
    }

    public override EmulatorCredential Credential { get; } = new("e2e-lifecycle-key", AccessKeySecret, EmulatorCredentials.Dev.AccountId);

    public override string? ConfiguredSecurityToken => SecurityToken;

    /// <summary>The values that must never appear in plugin output, engine logs or the stack state.</summary>
    public static IReadOnlyList<string> Secrets { get; } = [AccessKeySecret, SecurityToken];

    protected override string? CredentialsFile => _file;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_file);
    }
}
