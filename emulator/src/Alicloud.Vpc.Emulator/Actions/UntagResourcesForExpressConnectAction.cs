using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>
/// UntagResourcesForExpressConnect (SDK UntagResourcesForExpressConnectRequest: ResourceId.N, TagKey.N, All): removes the
/// named keys (unknown keys are ignored), or every tag with All=true.
/// </summary>
internal sealed class UntagResourcesForExpressConnectAction : IApiAction
{
    public string Name => "UntagResourcesForExpressConnect";

    public bool IsMutating => true;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var regionId = ActionSupport.RegionId(request);
        var resources = TagRules.Resources(request, session, regionId, required: true);
        var all = request.Parameters.OptionalBool("All") == true;
        var keys = request.Parameters.Indexed("TagKey", "").Select(k => k.Value).ToHashSet(StringComparer.Ordinal);
        if (keys.Count > TagRules.MaxTags)
        {
            throw ApiErrors.TagNumExceeded();
        }

        if (!all && keys.Count == 0)
        {
            throw ApiErrors.MissingParameter("TagKey.1");
        }

        foreach (var resource in resources)
        {
            resource.Tags.RemoveAll(t => all || keys.Contains(t.Key));
        }

        return new { request.RequestId };
    }
}
