namespace Alicloud.Vpc.Emulator.State;

internal interface IStatePersistence
{
    EmulatorState? Load();

    void Save(EmulatorState state);
}

/// <summary>In-memory only (no --state-file).</summary>
internal sealed class NoStatePersistence : IStatePersistence
{
    public EmulatorState? Load() => null;

    public void Save(EmulatorState state)
    {
    }
}
