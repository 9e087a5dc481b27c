using System.Text.Encodings.Web;
using System.Text.Json;

namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>Wire JSON: member names exactly as declared (the API's PascalCase).</summary>
internal static class ApiJson
{
    public const string ContentType = "application/json;charset=utf-8";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);
}
