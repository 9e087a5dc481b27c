using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>
/// Tags of Express Connect resources (TagResourcesForExpressConnect / ListTagResourcesForExpressConnect API pages,
/// VPC 2016-04-28): at most 20 per resource and per request; a key is 1–128 characters, a value 0–128, neither starting
/// with <c>aliyun</c> or <c>acs:</c> nor containing <c>http://</c> or <c>https://</c>. The tag APIs take
/// <c>ResourceType</c> PHYSICALCONNECTION, VIRTUALBORDERROUTER or ROUTERINTERFACE; the emulator holds router interfaces only.
/// </summary>
internal static class TagRules
{
    public const int MaxTags = 20;
    public const int MaxResourceIds = 20;
    public const string RouterInterfaceType = "ROUTERINTERFACE";

    public static readonly string[] ResourceTypes = ["PHYSICALCONNECTION", "VIRTUALBORDERROUTER", RouterInterfaceType];

    /// <summary><c>{prefix}.N.Key</c> / <c>{prefix}.N.Value</c>, validated; a value may be empty (or absent).</summary>
    public static List<TagEntity> Parse(ApiParameters parameters, string prefix, bool valueRequired = false)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var keys = parameters.Indexed(prefix, ".Key");
        if (keys.Count > MaxTags)
        {
            throw ApiErrors.TagNumExceeded();
        }

        var tags = new List<TagEntity>();
        foreach (var (index, key) in keys)
        {
            var valueName = $"{prefix}.{index}.Value";
            var value = parameters.Values.GetValueOrDefault(valueName);
            if (!IsValidKey(key))
            {
                throw ApiErrors.InvalidTagKey($"{prefix}.{index}.Key");
            }

            if ((valueRequired && value is null) || !IsValidValue(value ?? ""))
            {
                throw ApiErrors.InvalidTagValue(valueName);
            }

            tags.RemoveAll(t => t.Key == key);
            tags.Add(new TagEntity { Key = key, Value = value ?? "" });
        }

        return tags;
    }

    /// <summary>More than <see cref="MaxTags"/> on the resource after adding <paramref name="tags"/> is SizeLimitExceeded.TagNum.</summary>
    public static void EnsureRoom(RouterInterfaceEntity entity, IReadOnlyList<TagEntity> tags)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(tags);
        if (entity.Tags.Select(t => t.Key).Union(tags.Select(t => t.Key), StringComparer.Ordinal).Count() > MaxTags)
        {
            throw ApiErrors.TagNumExceeded();
        }
    }

    /// <summary>Adds or overwrites (after <see cref="EnsureRoom"/>).</summary>
    public static void Apply(RouterInterfaceEntity entity, IReadOnlyList<TagEntity> tags)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var tag in tags)
        {
            if (entity.Tags.Find(t => t.Key == tag.Key) is { } existing)
            {
                existing.Value = tag.Value;
            }
            else
            {
                entity.Tags.Add(new TagEntity { Key = tag.Key, Value = tag.Value });
            }
        }
    }

    /// <summary>The router interfaces named by <c>ResourceId.N</c> in the caller's account and region (all must exist).</summary>
    public static List<RouterInterfaceEntity> Resources(RequestContext request, StateSession session, string regionId, bool required)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var type = request.Parameters.Required("ResourceType");
        if (!ResourceTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            throw ApiErrors.InstanceTypeNotFound();
        }

        var ids = request.Parameters.Indexed("ResourceId", "").Select(i => i.Value).Distinct(StringComparer.Ordinal).ToList();
        if (required && ids.Count == 0)
        {
            throw ApiErrors.MissingParameter("ResourceId.1");
        }

        if (ids.Count > MaxResourceIds)
        {
            throw ApiErrors.ResourceIdNumExceeded();
        }

        var isRouterInterface = string.Equals(type, RouterInterfaceType, StringComparison.OrdinalIgnoreCase);
        return ids.Select(id => (isRouterInterface ? session.Data.FindRouterInterface(request.AccountId, regionId, id) : null)
            ?? throw ApiErrors.InstanceIdsNotFound()).ToList();
    }

    private static bool IsValidKey(string key) => key.Length is >= 1 and <= 128 && IsAllowed(key);

    private static bool IsValidValue(string value) => value.Length <= 128 && IsAllowed(value);

    private static bool IsAllowed(string text) =>
        !text.StartsWith("aliyun", StringComparison.OrdinalIgnoreCase)
        && !text.StartsWith("acs:", StringComparison.OrdinalIgnoreCase)
        && !text.Contains("http://", StringComparison.OrdinalIgnoreCase)
        && !text.Contains("https://", StringComparison.OrdinalIgnoreCase);
}
