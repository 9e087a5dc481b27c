namespace Alicloud.RouterInterface.Testing.Monitor;

/// <summary>
/// A provider reference as the SDK sends it in <c>RegisterResourceRequest.provider</c>: the provider resource's URN and
/// ID joined by <c>::</c> (pulumi/pulumi <c>sdk/go/common/providers/reference.go</c>, <c>ParseReference</c>
/// splits at the last <c>::</c>).
/// </summary>
public static class ProviderReference
{
    public static string Format(string urn, string id) => $"{urn}::{id}";

    public static bool TryParse(string reference, out string urn, out string id)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var separator = reference.LastIndexOf("::", StringComparison.Ordinal);
        if (separator <= 0 || !reference.StartsWith("urn:pulumi:", StringComparison.Ordinal))
        {
            urn = id = "";
            return false;
        }

        urn = reference[..separator];
        id = reference[(separator + 2)..];
        return true;
    }
}
