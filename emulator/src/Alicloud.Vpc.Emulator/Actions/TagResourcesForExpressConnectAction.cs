using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>
/// TagResourcesForExpressConnect (SDK TagResourcesForExpressConnectRequest: RegionId, ResourceType, ResourceId.N and
/// Tag.N required): adds or overwrites tags; more than 20 on a resource is SizeLimitExceeded.TagNum, nothing changed.
/// </summary>
internal sealed class TagResourcesForExpressConnectAction : IApiAction
{
    public string Name => "TagResourcesForExpressConnect";

    public bool IsMutating => true;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var regionId = ActionSupport.RegionId(request);
        var resources = TagRules.Resources(request, session, regionId, required: true);
        var tags = TagRules.Parse(request.Parameters, "Tag");
        if (tags.Count == 0)
        {
            throw ApiErrors.MissingParameter("Tag.1.Key");
        }

        // all or nothing: every resource has room before any changes
        resources.ForEach(r => TagRules.EnsureRoom(r, tags));
        resources.ForEach(r => TagRules.Apply(r, tags));
        return new { request.RequestId };
    }
}
