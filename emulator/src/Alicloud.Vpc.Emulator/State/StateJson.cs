using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alicloud.Vpc.Emulator.State;

/// <summary>JSON form of the state: the --state-file content and the GET /_emulator/state dump.</summary>
internal static class StateJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static byte[] Serialize(EmulatorState state) => JsonSerializer.SerializeToUtf8Bytes(state, Options);

    public static EmulatorState Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<EmulatorState>(json, Options) ?? throw new JsonException("The state file holds null.");
}
