using System.Text.RegularExpressions;
using Alicloud.RouterInterface.Resources.Abstractions;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>
/// A resource ID from the state or from <c>pulumi import</c> is sent to the API only when it looks like a router
/// interface ID: <c>ri-</c> and letters and digits, as the cloud and the emulator make them (e.g.
/// <c>ri-2zeo3xzyf38r4urzdpvqx</c>). Anything else is refused before any call, naming the ID.
/// </summary>
public static partial class RouterInterfaceId
{
    private const int MaxShown = 80;

    [GeneratedRegex("^ri-[A-Za-z0-9]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary><paramref name="id"/>, when it may be sent; else a refusal with <paramref name="failureCode"/> (the operation's).</summary>
    /// <exception cref="ResourceOperationException">The ID does not look like a router interface ID.</exception>
    public static string Checked(string? id, string failureCode)
    {
        if (id is not null && Pattern().IsMatch(id))
        {
            return id;
        }

        throw new ResourceOperationException(
            failureCode,
            $"{failureCode}: the resource ID {Shown(id)} is not a router interface ID (ri- followed by letters and digits); nothing was sent. "
            + "Check the ID given to `pulumi import`, or the stack state.",
            FailureKind.Refused);
    }

    private static string Shown(string? id)
    {
        if (id is null)
        {
            return "(none)";
        }

        var printable = new string([.. id.Take(MaxShown).Select(c => char.IsControl(c) ? '?' : c)]);
        return id.Length > MaxShown ? $"'{printable}…'" : $"'{printable}'";
    }
}
