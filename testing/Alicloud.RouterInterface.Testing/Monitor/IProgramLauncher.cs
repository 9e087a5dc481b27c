using System.Diagnostics;

namespace Alicloud.RouterInterface.Testing.Monitor;

/// <summary>
/// How a language host starts a program for one operation: the command, its arguments, working directory and
/// variables, given what the engine hands the host (<see cref="LanguageHostEnvironment"/>). <see cref="ProgramProcess"/>
/// starts it with stdout and stderr kept.
/// </summary>
public interface IProgramLauncher
{
    ProcessStartInfo StartInfo(LanguageHostEnvironment environment);
}
