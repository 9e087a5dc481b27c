using Alicloud.RouterInterface.Reliability.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Reliability.Tests.Hostile;

/// <summary>
/// What counts as a clean answer to hostile input: success (with CheckFailures naming properties), or InvalidArgument
/// whose message names a property or configuration key, is of bounded length and carries no secret. Anything else
/// (Internal, Unknown, a deadline, a dead plugin) is a crash.
/// </summary>
internal static class ProtocolAnswers
{
    private const int MaxReasonLength = 1_000;

    /// <summary>The plugin cuts status messages at 4096 characters (ErrorMapping.MaxMessageLength) plus a short note.</summary>
    private const int MaxStatusLength = 4_200;

    public static async Task<T> ExpectCleanAsync<T>(Func<CallOptions, AsyncUnaryCall<T>> call, Struct request, string rpc)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await call(new CallOptions(deadline: DateTime.UtcNow + TestBounds.Call));
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.InvalidArgument)
        {
            var detail = exception.Status.Detail;
            if (!NamesAProperty(detail, request.Fields.Keys) || ReasonOf(detail).Length > MaxStatusLength)
            {
                throw new HostileInputException($"{rpc}: InvalidArgument without a clear property name: {Shorten(detail)}");
            }

            ExpectNoSecret(detail, rpc);
            return null!;
        }
        catch (RpcException exception)
        {
            throw new HostileInputException($"{rpc}: {exception.StatusCode}: {Shorten(exception.Status.Detail)}", exception);
        }
    }

    /// <summary>
    /// Each failure names a property of the request (or a required input) and gives a bounded reason. A failure on a
    /// secret input names it in the reason and leaves the property empty (the engine would print a named property's
    /// value in clear beside the reason).
    /// </summary>
    public static void ExpectClearFailures(IEnumerable<CheckFailure> failures, Struct request, string rpc)
    {
        ArgumentNullException.ThrowIfNull(failures);
        ArgumentNullException.ThrowIfNull(request);
        foreach (var failure in failures)
        {
            var known = request.Fields.ContainsKey(failure.Property) || HostileValues.InputNames.Contains(failure.Property) || HostileValues.ConfigKeys.Contains(failure.Property)
                || (failure.Property.Length == 0 && NamesAProperty(failure.Reason, request.Fields.Keys));
            // the reason may name the property (or its qualified config key) once more
            var named = failure.Property.Length > 0
                ? failure.Property.Length
                : request.Fields.Keys.Where(k => k.Length > 0 && failure.Reason.Contains(k, StringComparison.Ordinal)).Select(k => k.Length).DefaultIfEmpty(0).Max();
            if (!known || string.IsNullOrWhiteSpace(failure.Reason) || failure.Reason.Length > MaxReasonLength + (2 * named))
            {
                throw new HostileInputException($"{rpc}: unclear CheckFailure '{Shorten(failure.Property)}': {Shorten(failure.Reason)}");
            }

            ExpectNoSecret(failure.Reason, rpc);
        }
    }

    public static void ExpectNoSecret(string text, string rpc)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains(LeakCheckKeys.SecretMarker, StringComparison.Ordinal))
        {
            throw new HostileInputException($"{rpc}: a secret value was echoed: {Shorten(text)}");
        }
    }

    public static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + $"… ({text.Length} chars)";

    /// <summary>Names a key of the request (its start, for keys longer than a cut message), a required input or a config key.</summary>
    private static bool NamesAProperty(string detail, IEnumerable<string> keys) =>
        keys.Any(k => k.Length > 0 && detail.Contains(k.Length <= 200 ? k : k[..200], StringComparison.Ordinal))
        || detail.Contains("[\"\"]", StringComparison.Ordinal)
        || detail.Contains("property ''", StringComparison.Ordinal)
        || HostileValues.InputNames.Concat(HostileValues.ConfigKeys).Any(name => detail.Contains(name, StringComparison.Ordinal));

    /// <summary>The message without the property path it names (paths are as long as the program's property names).</summary>
    private static string ReasonOf(string detail)
    {
        const string Prefix = "invalid value for property '";
        var end = detail.LastIndexOf("': ", StringComparison.Ordinal);
        return detail.StartsWith(Prefix, StringComparison.Ordinal) && end > 0 ? detail[(end + 3)..] : detail;
    }
}
