using System.Text.Json;

namespace Alicloud.RouterInterface.Reliability.Tests.Support;

/// <summary>An emulator <c>--credentials-file</c> in a private temp folder, removed on dispose.</summary>
internal sealed class CredentialsFile : IDisposable
{
    private readonly string _directory;

    public CredentialsFile(IEnumerable<CloudKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _directory = Directory.CreateTempSubdirectory("ri-reliability-keys-").FullName;
        Path = System.IO.Path.Combine(_directory, "credentials.json");
        var entries = keys.Select(k => new Dictionary<string, string?>
        {
            ["accessKeyId"] = k.AccessKeyId,
            ["accessKeySecret"] = k.AccessKeySecret,
            ["accountId"] = k.AccountId,
            ["securityToken"] = k.SecurityToken,
        }.Where(e => e.Value is not null).ToDictionary());
        File.WriteAllText(Path, JsonSerializer.Serialize(new { credentials = entries }));
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder.
        }
    }
}
