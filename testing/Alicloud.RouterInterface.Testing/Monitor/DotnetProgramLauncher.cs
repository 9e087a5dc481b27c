using System.Diagnostics;

namespace Alicloud.RouterInterface.Testing.Monitor;

/// <summary>
/// A compiled Pulumi .NET program started as the .NET language host starts a prebuilt one: <c>dotnet
/// &lt;program&gt;.dll</c> in the program directory, with <see cref="LanguageHostEnvironment.Variables"/>.
/// </summary>
public sealed class DotnetProgramLauncher(string programAssembly) : IProgramLauncher
{
    public ProcessStartInfo StartInfo(LanguageHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = environment.ProgramDirectory };
        start.ArgumentList.Add(programAssembly);
        foreach (var (name, value) in environment.Variables())
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
