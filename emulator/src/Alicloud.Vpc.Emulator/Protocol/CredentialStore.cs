using System.Text.Json;

namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>The well-known development keys plus any from a credentials file.</summary>
internal sealed class CredentialStore
{
    public static readonly EmulatorCredential Dev = new("emulator-dev", "emulator-dev-secret", "1000000000000001");
    public static readonly EmulatorCredential Peer = new("emulator-peer", "emulator-peer-secret", "1000000000000002");

    private readonly Dictionary<string, EmulatorCredential> _byAccessKeyId = new(StringComparer.Ordinal);

    public CredentialStore(IEnumerable<EmulatorCredential> extra)
    {
        foreach (var credential in new[] { Dev, Peer }.Concat(extra))
        {
            _byAccessKeyId[credential.AccessKeyId] = credential;
        }
    }

    public EmulatorCredential? Find(string accessKeyId) => _byAccessKeyId.GetValueOrDefault(accessKeyId);

    /// <summary>Reads <c>[{"accessKeyId","accessKeySecret","accountId","securityToken"?}]</c> or <c>{"credentials":[…]}</c>.</summary>
    public static IReadOnlyList<EmulatorCredential> LoadFile(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var array = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("credentials", out var inner)
            ? inner
            : document.RootElement;
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{path}: expected a JSON array of credentials or {{\"credentials\": [...]}}.");
        }

        var result = new List<EmulatorCredential>();
        foreach (var item in array.EnumerateArray())
        {
            result.Add(new EmulatorCredential(
                Text(item, "accessKeyId", path),
                Text(item, "accessKeySecret", path),
                Text(item, "accountId", path),
                item.TryGetProperty("securityToken", out var token) && token.ValueKind == JsonValueKind.String ? token.GetString() : null));
        }

        return result;
    }

    private static string Text(JsonElement item, string name, string path) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new FormatException($"{path}: every credential needs a non-empty \"{name}\".");
}
