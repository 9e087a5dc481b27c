using System.Globalization;
using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>
/// ListTagResourcesForExpressConnect (API page and SDK model): ResourceId.N and/or Tag.N (both empty:
/// 403 BothEmpty.TagsAndResources; a Tag.N.Key alone matches any value), MaxResults 1–100 (default 20), NextToken;
/// answers <c>TagResources.TagResource[]</c> of ResourceId, ResourceType, TagKey, TagValue, one row per tag.
/// </summary>
internal sealed class ListTagResourcesForExpressConnectAction : IApiAction
{
    public string Name => "ListTagResourcesForExpressConnect";

    public bool IsMutating => false;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var p = request.Parameters;
        var regionId = ActionSupport.RegionId(request);
        var named = TagRules.Resources(request, session, regionId, required: false);
        var wanted = TagRules.Parse(p, "Tag");
        var valueGiven = p.Indexed("Tag", ".Key").ToDictionary(k => k.Value, k => p.Values.ContainsKey($"Tag.{k.Key}.Value"), StringComparer.Ordinal);
        if (named.Count == 0 && wanted.Count == 0)
        {
            throw ApiErrors.BothEmptyTagsAndResources();
        }

        var maxResults = p.Int("MaxResults", 20, 1, 100);
        var start = p.Optional("NextToken") is { } token
            ? int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw ApiErrors.InvalidParameter("NextToken")
            : 0;
        var candidates = named.Count > 0
            ? named
            : session.Data.RouterInterfaces.Where(r => r.AccountId == request.AccountId && r.RegionId == regionId).ToList();
        var rows = candidates
            .Where(r => wanted.All(w => r.Tags.Exists(t => t.Key == w.Key && (!valueGiven[w.Key] || t.Value == w.Value))))
            .SelectMany(r => r.Tags.Select(t => new { ResourceId = r.RouterInterfaceId, ResourceType = TagRules.RouterInterfaceType, TagKey = t.Key, TagValue = t.Value }))
            .ToList();
        var page = rows.Skip(start).Take(maxResults).ToArray();
        var next = start + page.Length < rows.Count ? (start + page.Length).ToString(CultureInfo.InvariantCulture) : "";
        return new { request.RequestId, NextToken = next, TagResources = new { TagResource = page } };
    }
}
