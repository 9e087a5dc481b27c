namespace Alicloud.RouterInterface.Reliability.Tests.Hostile;

/// <summary>A hostile input got an answer that is not a clean rejection (a crash, a hang, an unclear or leaking message).</summary>
public sealed class HostileInputException : Exception
{
    public HostileInputException()
    {
    }

    public HostileInputException(string message)
        : base(message)
    {
    }

    public HostileInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
