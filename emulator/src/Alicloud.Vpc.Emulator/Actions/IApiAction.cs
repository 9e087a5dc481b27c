using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>One OpenAPI action. Runs under the store lock; must validate everything before changing state.</summary>
internal interface IApiAction
{
    string Name { get; }

    /// <summary>Mutating actions honour ClientToken and are persisted.</summary>
    bool IsMutating { get; }

    /// <summary>Returns the response object (serialised as-is; include RequestId).</summary>
    object Execute(RequestContext request, StateSession session);
}
