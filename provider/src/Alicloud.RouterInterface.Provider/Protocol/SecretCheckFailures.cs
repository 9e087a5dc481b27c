using Alicloud.RouterInterface.Resources.Abstractions;

namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>
/// CheckFailures about secret inputs name the field in the reason and leave <c>property</c> empty: for a failure that
/// names a property the engine prints that input's raw value beside the reason, secrets included
/// (pkg/resource/deploy/step_generator.go issueCheckFailures, sdk/go/common/resource/properties.go String()).
/// </summary>
internal static class SecretCheckFailures
{
    public static Pulumirpc.CheckFailure ToWire(CheckFailure failure, IReadOnlySet<string> secretInputs)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(secretInputs);
        if (!secretInputs.Contains(TopLevel(failure.Property)))
        {
            return new Pulumirpc.CheckFailure { Property = failure.Property, Reason = failure.Reason };
        }

        var reason = failure.Reason.Contains(failure.Property, StringComparison.Ordinal)
            ? failure.Reason
            : $"{failure.Property} {failure.Reason}";
        return new Pulumirpc.CheckFailure { Property = "", Reason = reason };
    }

    private static string TopLevel(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }
}
