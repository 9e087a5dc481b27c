namespace Alicloud.Vpc.Emulator.State;

/// <summary>
/// The single owner of <see cref="EmulatorState"/>. One lock serialises every request; each session starts by
/// settling due transitions against the injected clock; writes are persisted before the lock is released.
/// </summary>
internal sealed class StateStore
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _timeProvider;
    private readonly TransitionDurations _durations;
    private readonly EmulatorLimits _limits;
    private readonly IStatePersistence _persistence;
    private readonly Behaviour.EmulatorBehaviour _behaviour;
    private EmulatorState _state;

    public StateStore(TimeProvider timeProvider, TransitionDurations durations, EmulatorLimits limits, IStatePersistence persistence, Behaviour.EmulatorBehaviour behaviour)
    {
        _behaviour = behaviour;
        _timeProvider = timeProvider;
        _durations = durations;
        _limits = limits;
        _persistence = persistence;
        _state = persistence.Load() ?? new EmulatorState();
    }

    public TimeProvider TimeProvider => _timeProvider;

    public Behaviour.EmulatorBehaviour Behaviour => _behaviour;

    public T Read<T>(Func<StateSession, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_lock)
        {
            return work(OpenSession());
        }
    }

    /// <summary>Runs a change and persists it; a failing change (exception) is not persisted.</summary>
    public T Write<T>(Func<StateSession, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_lock)
        {
            var result = work(OpenSession());
            _persistence.Save(_state);
            return result;
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _state = new EmulatorState();
            _persistence.Save(_state);
        }
    }

    public byte[] Dump()
    {
        lock (_lock)
        {
            OpenSession();
            return StateJson.Serialize(_state);
        }
    }

    private StateSession OpenSession()
    {
        var now = _timeProvider.GetUtcNow();
        var variants = _behaviour.Current;
        TransitionSettler.Settle(_state, now, variants);
        return new StateSession(_state, now, _durations, _limits, variants, _behaviour);
    }
}
