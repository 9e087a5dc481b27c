using System.Globalization;
using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>Checks and formats shared by several actions.</summary>
internal static class ActionSupport
{
    /// <summary>Pay-as-you-go interfaces report this far-future EndTime, like the real API.</summary>
    public const string FarFutureEndTime = "2999-09-08T16:00:00Z";

    public static string RegionId(RequestContext request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var regionId = request.Parameters.Required("RegionId");
        return Regions.IsKnown(regionId) ? regionId : throw ApiErrors.InvalidRegionIdNotFound();
    }

    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Account ids are numeric on the wire where the API types them as long.</summary>
    public static long OwnerId(string accountId) => long.TryParse(accountId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;

    public static string ResourceGroupOf(string accountId) => EmulatorState.DefaultResourceGroupOf(accountId);

    /// <summary>Names: 2–128 characters, a letter first, then letters, digits, '.', '_' or '-'.</summary>
    public static void ValidateName(string? value, string parameter)
    {
        if (value is null)
        {
            return;
        }

        var valid = value.Length is >= 2 and <= 128
            && char.IsLetter(value[0])
            && value.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-')
            && !HasUrlPrefix(value);
        if (!valid)
        {
            throw ApiErrors.InvalidName(parameter);
        }
    }

    /// <summary>Descriptions: 2–256 characters, not starting with http:// or https://.</summary>
    public static void ValidateDescription(string? value)
    {
        if (value is not null && (value.Length is < 2 or > 256 || HasUrlPrefix(value)))
        {
            throw ApiErrors.InvalidName("Description");
        }
    }

    public static void ValidateIp(string? value, string parameter)
    {
        if (value is not null && !System.Net.IPAddress.TryParse(value, out _))
        {
            throw ApiErrors.InvalidParameter(parameter, "Expected an IP address.");
        }
    }

    public static RouterInterfaceEntity FindOwnRouterInterface(RequestContext request, StateSession session, string regionId, string parameter, Func<ApiException> notFound)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(notFound);
        var id = request.Parameters.Required(parameter);
        return session.Data.FindRouterInterface(request.AccountId, regionId, id) ?? throw notFound();
    }

    /// <summary>
    /// Like <see cref="FindOwnRouterInterface"/>, but under the strict rules an interface that exists in another account
    /// is 400 Forbbiden.InvaildOwner (A5) rather than not found.
    /// </summary>
    public static RouterInterfaceEntity FindOwnOrRefuseOwner(RequestContext request, StateSession session, string regionId, Func<ApiException> notFound)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(notFound);
        var id = request.Parameters.Required("RouterInterfaceId");
        if (session.Data.FindRouterInterface(request.AccountId, regionId, id) is { } own)
        {
            return own;
        }

        throw session.Variants.StrictRules && session.Data.FindRouterInterfaceAnywhere(id) is { } other && other.AccountId != request.AccountId
            ? ApiErrors.InvalidOwner()
            : notFound();
    }

    public static void EnsureNotLocked(RouterInterfaceEntity routerInterface)
    {
        ArgumentNullException.ThrowIfNull(routerInterface);
        if (routerInterface.OperationLocked)
        {
            throw ApiErrors.OperationLocked();
        }
    }

    /// <summary>
    /// A3/A4 (strict rules): route changes in one table are serial tasks; while any entry of the table is Pending or
    /// Deleting, another change is refused with TaskConflict (SDK remarks of DeleteRouteEntry; Terraform
    /// resource_alicloud_route_entry.go retries it).
    /// </summary>
    public static void EnsureRouteTableIdle(StateSession session, RouteTableEntity table)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(table);
        if (!session.Variants.StrictRules)
        {
            return;
        }

        if (session.Data.RouteEntries.Any(e => e.RouteTableId == table.RouteTableId && e.Status != StatusNames.Available))
        {
            throw ApiErrors.TaskConflict();
        }
    }

    public static void EnsureNotDryRun(RequestContext request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Parameters.OptionalBool("DryRun") == true)
        {
            throw ApiErrors.DryRunOperation();
        }
    }

    private static bool HasUrlPrefix(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
