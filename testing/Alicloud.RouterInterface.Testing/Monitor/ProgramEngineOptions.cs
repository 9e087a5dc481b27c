using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Testing.Monitor;

/// <summary>Settings of <see cref="ProgramEngine"/>: the program, and the engine settings its providers are loaded with.</summary>
public sealed record ProgramEngineOptions
{
    /// <summary>The compiled program (<c>&lt;project&gt;.dll</c>), run with <c>dotnet</c> like a prebuilt program, unless <see cref="Launcher"/> is set.</summary>
    public string ProgramAssembly { get; init; } = "";

    /// <summary>How the program is started; null: <see cref="DotnetProgramLauncher"/> with <see cref="ProgramAssembly"/>.</summary>
    public IProgramLauncher? Launcher { get; init; }

    /// <summary>The program directory (where Pulumi.yaml is); the program's and the plugins' working directory.</summary>
    public required string ProgramDirectory { get; init; }

    /// <summary>Stack, project, plugin binary, <c>--parallel</c>, the harness's RPC bounds.</summary>
    public PulumiEngineOptions Engine { get; init; } = new();

    /// <summary>Bound on one run of the program (the steps it waits on included); the engine sets none.</summary>
    public TimeSpan ProgramTimeout { get; init; } = TimeSpan.FromMinutes(5);
}
