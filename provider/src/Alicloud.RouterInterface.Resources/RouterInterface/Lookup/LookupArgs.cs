using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Properties;
using V = Alicloud.RouterInterface.Resources.RouterInterface.RouterInterfaceValues;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Lookup;

/// <summary>
/// The arguments of <c>getRouterInterfaces</c>, read and checked: each failure names its argument. The filters map
/// onto DescribeRouterInterfaces' filter keys (values of one key OR-ed, keys AND-ed); <c>nameRegex</c> is ours.
/// </summary>
public sealed record LookupArgs
{
    public const string Token = "alicloud-routerinterface:index:getRouterInterfaces";

    private static readonly IReadOnlyList<string> Statuses =
    [
        RouterInterfaceStatuses.Idle, RouterInterfaceStatuses.Connecting, RouterInterfaceStatuses.AcceptingConnecting, RouterInterfaceStatuses.Activating,
        RouterInterfaceStatuses.Active, RouterInterfaceStatuses.Modifying, RouterInterfaceStatuses.Deactivating, RouterInterfaceStatuses.Inactive,
        RouterInterfaceStatuses.Deleting,
    ];

    /// <summary>Argument → DescribeRouterInterfaces filter key, in the order they go to the API (at most 5 per call).</summary>
    public static readonly IReadOnlyList<(string Argument, string FilterKey)> FilterKeys =
    [
        ("ids", "RouterInterfaceId"), ("routerId", "RouterId"), ("status", "Status"), ("routerType", "RouterType"), ("name", "Name"),
        ("oppositeInterfaceId", "OppositeInterfaceId"), ("oppositeRouterId", "OppositeRouterId"), ("oppositeRouterType", "OppositeRouterType"),
        ("oppositeInterfaceOwnerId", "OppositeInterfaceOwnerId"),
    ];

    private static readonly string[] Others = ["nameRegex", "resourceGroupId", "tags", "includeReservationData", "region"];

    /// <summary>Filter key → values (ids may be many; every other filter one value).</summary>
    public ImmutableDictionary<string, IReadOnlyList<string>> Filters { get; init; } = ImmutableDictionary<string, IReadOnlyList<string>>.Empty;

    public Regex? NameRegex { get; init; }
    public string? ResourceGroupId { get; init; }
    public TagMap? Tags { get; init; }
    public bool IncludeReservationData { get; init; }
    public string? Region { get; init; }

    public static LookupArgs Read(PropertyMap args, List<CheckFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(failures);
        foreach (var name in args.Keys.Where(k => !FilterKeys.Any(f => f.Argument == k) && !Others.Contains(k) && !k.StartsWith("__", StringComparison.Ordinal)))
        {
            failures.Add(new CheckFailure(name, "is not an argument of getRouterInterfaces"));
        }

        var filters = ImmutableDictionary.CreateBuilder<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (Texts(args, "ids", failures) is { } ids)
        {
            foreach (var id in ids.Where(id => !id.StartsWith("ri-", StringComparison.Ordinal) || id.Any(char.IsWhiteSpace)))
            {
                failures.Add(new CheckFailure("ids", $"must hold router interface IDs (ri-…), got \"{id}\""));
            }

            filters["RouterInterfaceId"] = ids;
        }

        foreach (var (argument, key) in FilterKeys.Skip(1))
        {
            if (Text(args, argument, failures) is not { } value)
            {
                continue;
            }

            var allowed = argument is "routerType" or "oppositeRouterType" ? V.RouterTypes : argument == "status" ? Statuses : null;
            var canonical = allowed is null ? value : V.Canonical(allowed, value);
            if (canonical is null)
            {
                failures.Add(new CheckFailure(argument, $"must be one of {string.Join(", ", allowed!)}, got \"{value}\""));
                continue;
            }

            filters[key] = [canonical];
        }

        return new LookupArgs
        {
            Filters = filters.ToImmutable(),
            NameRegex = Pattern(Text(args, "nameRegex", failures), failures),
            ResourceGroupId = Text(args, "resourceGroupId", failures),
            Tags = TagsOf(args, failures),
            IncludeReservationData = Flag(args, "includeReservationData", failures) ?? false,
            Region = Text(args, "region", failures),
        };
    }

    private static PropertyValue? Present(PropertyMap args, string name) =>
        args.TryGetValue(name, out var value) && value.Unsecret() is { Kind: not PropertyValueKind.Null } plain ? plain : null;

    private static string? Text(PropertyMap args, string name, List<CheckFailure> failures) => Present(args, name) switch
    {
        null => null,
        { Kind: PropertyValueKind.String } v when v.StringValue.Length > 0 => v.StringValue,
        var v => Fail<string>(failures, name, $"must be a non-empty string, got {PropertyCodec.DescribeKind(v)}"),
    };

    private static bool? Flag(PropertyMap args, string name, List<CheckFailure> failures) => Present(args, name) switch
    {
        null => null,
        { Kind: PropertyValueKind.Bool } v => v.BoolValue,
        var v => Fail<bool?>(failures, name, $"must be a boolean, got {PropertyCodec.DescribeKind(v)}"),
    };

    private static List<string>? Texts(PropertyMap args, string name, List<CheckFailure> failures)
    {
        if (Present(args, name) is not { } value)
        {
            return null;
        }

        if (value.Kind != PropertyValueKind.Array || value.ArrayValue.Any(i => i.Unsecret().Kind != PropertyValueKind.String))
        {
            return Fail<List<string>>(failures, name, "must be a list of strings");
        }

        return [.. value.ArrayValue.Select(i => i.Unsecret().StringValue).Distinct(StringComparer.Ordinal)];
    }

    private static TagMap? TagsOf(PropertyMap args, List<CheckFailure> failures)
    {
        if (Present(args, "tags") is not { } value)
        {
            return null;
        }

        var decoded = PropertyCodec.Read(PropertyMap.Empty.With("tags", value), [RouterInterfaceFields.FindInput(RouterInterfaceProperties.Tags)!], new RouterInterfaceArgs(), failures);
        return decoded.Value.Tags is { Count: > RouterInterfaceValidator.MaxTags }
            ? Fail<TagMap>(failures, "tags", $"may hold at most {RouterInterfaceValidator.MaxTags} tags")
            : decoded.Value.Tags;
    }

    private static Regex? Pattern(string? text, List<CheckFailure> failures)
    {
        try
        {
            // bounded: a user's pattern must not hold the Invoke forever
            return text is null ? null : new Regex(text, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            return Fail<Regex>(failures, "nameRegex", $"is not a valid regular expression: {ex.Message}");
        }
    }

    private static T? Fail<T>(List<CheckFailure> failures, string name, string reason)
    {
        failures.Add(new CheckFailure(name, reason));
        return default;
    }
}
