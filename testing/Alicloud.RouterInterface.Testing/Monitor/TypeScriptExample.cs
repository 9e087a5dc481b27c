using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Testing.Monitor;

/// <summary>
/// <c>examples/typescript</c> as <c>make nodejs</c> leaves it in the repository (dependencies from its lockfile, the
/// SDK a packed copy of <c>sdk/nodejs</c>, the program compiled to <c>bin/</c>), ready for a <see cref="ProgramEngine"/>
/// that starts it as the Node.js language host does (<see cref="NodejsProgramLauncher"/>). It is the C# example's
/// program with the same project name, so its stack config is <see cref="CSharpExample.Configure"/>'s.
/// </summary>
public sealed class TypeScriptExample
{
    public const string ProjectFolder = "examples/typescript";

    /// <summary>What the program's package.json <c>main</c> points at; the host runs the directory (entry point ".").</summary>
    public const string CompiledProgram = "bin/index.js";

    private TypeScriptExample(string programDirectory, string runModule)
    {
        ProgramDirectory = programDirectory;
        RunModule = runModule;
    }

    public string ProgramDirectory { get; }

    /// <summary>The program's own <c>@pulumi/pulumi/cmd/run</c>, as the language host locates it.</summary>
    public string RunModule { get; }

    /// <summary>Why the example cannot run here (not built: run <c>make nodejs</c>), or null when it can.</summary>
    public static string? AbsentReason
    {
        get
        {
            var directory = Path.Combine(RepoPaths.Root, ProjectFolder);
            if (!File.Exists(Path.Combine(directory, CompiledProgram)))
            {
                return $"{ProjectFolder}/{CompiledProgram} is not built: run `make nodejs` (npm ci and tsc) first";
            }

            return Directory.Exists(Path.Combine(directory, "node_modules", "@pulumi", "pulumi"))
                ? null
                : $"{ProjectFolder}/node_modules has no @pulumi/pulumi: run `make nodejs` first";
        }
    }

    /// <summary>The built example; throws with <see cref="AbsentReason"/> when it is not built.</summary>
    public static async Task<TypeScriptExample> LocateAsync(CancellationToken cancellationToken)
    {
        if (AbsentReason is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        var directory = Path.Combine(RepoPaths.Root, ProjectFolder);
        var runModule = await NodejsProgramLauncher.LocateRunModuleAsync(directory, TimeSpan.FromSeconds(30), cancellationToken);
        return new TypeScriptExample(directory, runModule);
    }

    /// <summary>Engine options running the example with the given stack.</summary>
    public ProgramEngineOptions EngineOptions(string stack, string pluginBinary) => new()
    {
        Launcher = new NodejsProgramLauncher(RunModule),
        ProgramDirectory = ProgramDirectory,
        Engine = new PulumiEngineOptions { Stack = stack, Project = CSharpExample.PulumiProject, PluginBinary = pluginBinary },
    };
}
