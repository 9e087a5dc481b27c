using Alicloud.RouterInterface.Resources.Properties;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface;

/// <summary>Builds input maps for tests: a valid initiator or acceptor, then overrides.</summary>
internal static class Inputs
{
    public static PropertyMap Initiator(params (string Name, object? Value)[] overrides) => Build(
        [
            ("routerId", "vrt-a1"), ("routerType", "VRouter"), ("role", "InitiatingSide"), ("spec", "Mini.2"),
            ("oppositeRegionId", "cn-shanghai"), ("oppositeInterfaceId", "ri-acc1"), ("oppositeRouterId", "vrt-b1"), ("oppositeRouterType", "VRouter"),
        ],
        overrides);

    /// <summary>A VBR initiator in fast-link mode towards the vRouter vrt-b1: the whole instance in one resource.</summary>
    public static PropertyMap FastLink(params (string Name, object? Value)[] overrides) => Build(
        [
            ("routerId", "vbr-a1"), ("routerType", "VBR"), ("role", "InitiatingSide"), ("spec", "Large.1"), ("accessPointId", "ap-cn-hangzhou-xx-a"),
            ("oppositeRegionId", "cn-hangzhou"), ("oppositeRouterId", "vrt-b1"), ("fastLinkMode", true),
        ],
        overrides);

    public static PropertyMap Acceptor(params (string Name, object? Value)[] overrides) => Build(
        [("routerId", "vrt-b1"), ("routerType", "VRouter"), ("role", "AcceptingSide"), ("spec", "Negative"), ("oppositeRegionId", "cn-hangzhou")],
        overrides);

    public static PropertyValue Value(object? value) => value switch
    {
        null => PropertyValue.Null,
        PropertyValue v => v,
        string s => PropertyValue.FromString(s),
        bool b => PropertyValue.FromBool(b),
        int i => PropertyValue.FromNumber(i),
        double d => PropertyValue.FromNumber(d),
        IReadOnlyDictionary<string, object?> map => PropertyValue.FromObject(PropertyMap.From(map.Select(kv => KeyValuePair.Create(kv.Key, Value(kv.Value))))),
        _ => throw new ArgumentException($"unsupported {value.GetType()}"),
    };

    private static PropertyMap Build((string Name, object? Value)[] defaults, (string Name, object? Value)[] overrides)
    {
        var map = PropertyMap.Empty;
        foreach (var (name, value) in defaults.Concat(overrides))
        {
            map = value is Omit ? map.Without(name) : map.With(name, Value(value));
        }

        return map;
    }

    /// <summary>Marks a property to remove from the defaults.</summary>
    public sealed class Omit
    {
        public static readonly Omit Value = new();
    }
}
