using System.Text.Encodings.Web;
using System.Text.Json;
using Alicloud.Vpc.Emulator.Protocol;
using Microsoft.AspNetCore.Http;

namespace Alicloud.Vpc.Emulator.Admin;

/// <summary>Admin bodies are camelCase JSON; a body that does not parse is an InvalidParameter envelope.</summary>
internal static class AdminJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > RequestLimits.MaxBodyBytes)
        {
            throw ApiErrors.InvalidParameter("Body", "Too large.");
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancellationToken)
                ?? throw ApiErrors.InvalidParameter("Body", "Expected a JSON object.");
        }
        catch (JsonException error)
        {
            throw ApiErrors.InvalidParameter("Body", "Not valid JSON for this endpoint: " + error.Message);
        }
    }

    public static async Task WriteAsync<T>(HttpResponse response, T value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ApiJson.ContentType;
        await JsonSerializer.SerializeAsync(response.Body, value, Options, cancellationToken);
    }
}
