using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Properties;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>
/// Diff of old inputs against new checked inputs: replace-only inputs per the contract give *_REPLACE,
/// the rest are in place (except the opposite router's fields of a fast-link instance, which replace it); an unknown
/// new value counts as a change; an absent input counts as its default; ignoreChanges are honoured. Secretness alone
/// is not a change. An input whose absence means "not managed" (status, tags, resourceGroupId, hcRate, hcThreshold) is
/// no change when the new inputs leave it out. The opposite fields replace a connected interface
/// (<see cref="RouterInterfaceFields.ConnectedReplaces"/>). A fast-link instance replaced between the same two routers is deleted first: the API allows one
/// connected pair between two routers (Forbidden.OnlyOneConnection, CreateRouterInterface), so its replacement could
/// not be created beside it.
/// </summary>
public static class RouterInterfaceDiffer
{
    /// <param name="connected">The stored status is neither Idle nor unknown: the opposite fields can no longer be modified.</param>
    public static DiffResult Diff(PropertyMap oldInputs, PropertyMap news, IReadOnlyCollection<string> ignoreChanges, bool connected = false)
    {
        ArgumentNullException.ThrowIfNull(oldInputs);
        ArgumentNullException.ThrowIfNull(news);
        ArgumentNullException.ThrowIfNull(ignoreChanges);

        var fastLink = IsFastLink(oldInputs, news);
        var detailed = new Dictionary<string, PropertyDiffKind>(StringComparer.Ordinal);
        foreach (var field in RouterInterfaceFields.Inputs)
        {
            if (IsIgnored(field.Name, ignoreChanges) || (field.AbsentIsUnmanaged && Present(news, field.Name) is null))
            {
                continue;
            }

            var fallback = PropertyCodec.Encode(field.Default);
            var kind = Compare(Present(oldInputs, field.Name) ?? fallback, Present(news, field.Name) ?? fallback);
            if (kind is { } change)
            {
                var replacing = field.OnChange == ChangeBehaviour.Replace
                    || (fastLink && RouterInterfaceFields.FastLinkReplaces.Contains(field.Name))
                    || (connected && RouterInterfaceFields.ConnectedReplaces.Contains(field.Name));
                detailed[field.Name] = replacing ? AsReplace(change) : change;
            }
        }

        if (detailed.Count == 0)
        {
            return DiffResult.NoChanges;
        }

        var replaces = detailed.Where(d => d.Value is PropertyDiffKind.AddReplace or PropertyDiffKind.UpdateReplace or PropertyDiffKind.DeleteReplace)
            .Select(d => d.Key)
            .ToList();
        var sameRouters = !detailed.ContainsKey(RouterInterfaceProperties.RouterId) && !detailed.ContainsKey(RouterInterfaceProperties.OppositeRouterId);
        return new DiffResult(DiffChanges.Some, replaces, [.. detailed.Keys], detailed, DeleteBeforeReplace: fastLink && replaces.Count > 0 && sameRouters);
    }

    /// <summary>The old or the new inputs are a fast-link instance (<c>fastLinkMode: true</c>): one resource for both ends.</summary>
    public static bool IsFastLink(PropertyMap oldInputs, PropertyMap news) =>
        IsTrue(oldInputs, RouterInterfaceProperties.FastLinkMode) || IsTrue(news, RouterInterfaceProperties.FastLinkMode);

    /// <summary>
    /// The inputs of a stored state: old inputs when the engine sent them, else the input-named part of the outputs
    /// (without names that are outputs too, such as status and tags: there the outputs hold the cloud's value, not an input).
    /// </summary>
    public static PropertyMap OldInputsOf(PropertyMap oldInputs, PropertyMap oldOutputs)
    {
        ArgumentNullException.ThrowIfNull(oldInputs);
        ArgumentNullException.ThrowIfNull(oldOutputs);
        return oldInputs.Count > 0
            ? oldInputs
            : PropertyMap.From(oldOutputs.Where(kv => RouterInterfaceFields.FindInput(kv.Key) is not null && !RouterInterfaceMapper.IsOutputName(kv.Key)));
    }

    private static PropertyDiffKind? Compare(PropertyValue? old, PropertyValue? @new)
    {
        if (@new is { ContainsUnknowns: true })
        {
            return PropertyDiffKind.Update;
        }

        return (old, @new) switch
        {
            (null, null) => null,
            (null, _) => PropertyDiffKind.Add,
            (_, null) => PropertyDiffKind.Delete,
            _ => old.Equals(@new) ? null : PropertyDiffKind.Update,
        };
    }

    private static bool IsTrue(PropertyMap map, string name) => Present(map, name) is { Kind: PropertyValueKind.Bool, BoolValue: true };

    private static PropertyValue? Present(PropertyMap map, string name) =>
        map.TryGetValue(name, out var value) && value.Unsecret() is { Kind: not PropertyValueKind.Null } plain ? plain : null;

    private static PropertyDiffKind AsReplace(PropertyDiffKind kind) => kind switch
    {
        PropertyDiffKind.Add => PropertyDiffKind.AddReplace,
        PropertyDiffKind.Delete => PropertyDiffKind.DeleteReplace,
        _ => PropertyDiffKind.UpdateReplace,
    };

    private static bool IsIgnored(string name, IReadOnlyCollection<string> ignoreChanges) =>
        ignoreChanges.Any(path => string.Equals(path, name, StringComparison.Ordinal)
            || path.StartsWith(name + ".", StringComparison.Ordinal)
            || path.StartsWith(name + "[", StringComparison.Ordinal)
            || string.Equals(path, "*", StringComparison.Ordinal));
}
