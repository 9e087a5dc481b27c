using Alicloud.Vpc.Emulator.Protocol;

namespace Alicloud.Vpc.Emulator.Tests.Support;

/// <summary>Builds <see cref="ApiHttpRequest"/> values for verifier unit tests.</summary>
internal static class Requests
{
    public static ApiHttpRequest Http(string method, IEnumerable<KeyValuePair<string, string>> parameters, IReadOnlyDictionary<string, string>? headers = null, byte[]? body = null)
    {
        var list = parameters.ToList();
        return new ApiHttpRequest
        {
            Method = method,
            Headers = headers ?? new Dictionary<string, string>(),
            QueryParameters = list,
            Parameters = list.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            Body = body ?? [],
        };
    }
}
