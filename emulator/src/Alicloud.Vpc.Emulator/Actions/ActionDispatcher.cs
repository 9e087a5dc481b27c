using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>Routes an authenticated call to its action; describes read, everything else writes (idempotent, persisted).</summary>
internal sealed class ActionDispatcher
{
    private readonly Dictionary<string, IApiAction> _actions;
    private readonly StateStore _store;

    public ActionDispatcher(IEnumerable<IApiAction> actions, StateStore store)
    {
        _actions = actions.ToDictionary(a => a.Name, StringComparer.Ordinal);
        _store = store;
    }

    public IReadOnlyCollection<string> ActionNames => _actions.Keys;

    public bool IsKnown(string action) => _actions.ContainsKey(action);

    /// <summary>The JSON body of a successful answer; failures are <see cref="ApiException"/>.</summary>
    public string Dispatch(RequestContext request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var action = _actions.TryGetValue(request.Action, out var found) ? found : throw ApiErrors.InvalidActionNotFound();
        if (!action.IsMutating)
        {
            return _store.Read(session => ApiJson.Serialize(action.Execute(request, session)));
        }

        return _store.Write(session => ClientTokenGuard.Run(request, session, () => ApiJson.Serialize(action.Execute(request, session))));
    }
}
