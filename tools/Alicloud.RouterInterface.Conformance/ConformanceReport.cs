using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alicloud.RouterInterface.Conformance;

/// <summary>
/// The JSON report: <c>variants</c> (emulator variant name → value, numbers in seconds, settled answers only),
/// <c>observations</c> (question, answer, evidence), <c>emulatorArgs</c> (the <c>--variant NAME=VALUE</c> flags that
/// play this account), what the run created and what it left. The emulator reads it with <c>--variants-from</c>.
/// Holds no credentials: only the region, the endpoint and the AccessKeyId's account as the API reported it.
/// </summary>
internal sealed class ConformanceReport
{
    public const string Schema = "alicloud-routerinterface-conformance/1";

    public required string Region { get; init; }

    public string? Endpoint { get; init; }

    public required bool CreatedBillableResources { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset FinishedAt { get; set; }

    public List<Observation> Observations { get; } = [];

    public List<string> Created { get; } = [];

    public List<string> LeftBehind { get; } = [];

    public bool Interrupted { get; set; }

    public IReadOnlyDictionary<string, object> Variants =>
        Observations.Where(o => o.Settlement == Settlement.Settled && o.Variant is not null && o.Value is not null)
            .GroupBy(o => o.Variant!).ToDictionary(g => g.Key, g => g.Last().Value!, StringComparer.Ordinal);

    public IReadOnlyList<string> EmulatorArgs =>
        [.. Variants.OrderBy(kv => kv.Key, StringComparer.Ordinal).SelectMany(kv => new[] { "--variant", kv.Key + "=" + Format(kv.Value) })];

    public string ToJson()
    {
        var variants = new JsonObject();
        foreach (var (name, value) in Variants.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            variants[name] = value is int n ? JsonValue.Create(n) : JsonValue.Create(Format(value));
        }

        var root = new JsonObject
        {
            ["schema"] = Schema,
            ["region"] = Region,
            ["endpoint"] = Endpoint,
            ["createdBillableResources"] = CreatedBillableResources,
            ["startedAt"] = StartedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["finishedAt"] = FinishedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["interrupted"] = Interrupted,
            ["variants"] = variants,
            ["observations"] = new JsonArray([.. Observations.Select(ToNode)]),
            ["emulatorArgs"] = new JsonArray([.. EmulatorArgs.Select(a => (JsonNode)JsonValue.Create(a))]),
            ["created"] = new JsonArray([.. Created.Select(a => (JsonNode)JsonValue.Create(a))]),
            ["leftBehind"] = new JsonArray([.. LeftBehind.Select(a => (JsonNode)JsonValue.Create(a))]),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonNode ToNode(Observation o)
    {
        var timings = new JsonObject();
        foreach (var (name, seconds) in o.Timings)
        {
            timings[name] = Math.Round(seconds, 3);
        }

        return new JsonObject
        {
            ["question"] = o.Question,
            ["variant"] = o.Variant,
            ["settlement"] = o.Settlement switch { Settlement.Settled => "settled", Settlement.Unsettled => "unsettled", _ => "not-probed" },
            ["value"] = o.Value is int n ? JsonValue.Create(n) : o.Value is null ? null : JsonValue.Create(Format(o.Value)),
            ["answer"] = o.Answer,
            ["evidence"] = new JsonObject
            {
                ["calls"] = new JsonArray([.. o.Calls.Select(c => (JsonNode)new JsonObject
                {
                    ["at"] = c.AtSeconds,
                    ["action"] = c.Action,
                    ["attempt"] = c.Attempt,
                    ["httpStatus"] = c.HttpStatus,
                    ["code"] = c.Code,
                    ["requestId"] = c.RequestId,
                    ["elapsedMs"] = c.ElapsedMs,
                })]),
                ["timings"] = timings,
            },
        };
    }

    private static string Format(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
