namespace Alicloud.RouterInterface.Reliability.Tests.Crash;

/// <summary>What goes wrong at a crash point.</summary>
internal enum CrashKind
{
    /// <summary>The plugin gets SIGKILL; the destroy is run again with a new plugin.</summary>
    KillPlugin,

    /// <summary>The emulator is killed and restarted from its state file; the same destroy carries on.</summary>
    RestartEmulator,

    /// <summary>Every connection is cut after the cloud carried the request out; the plugin retries.</summary>
    DropConnection,
}
