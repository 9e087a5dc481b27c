namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// The shared budget's folder or file cannot be trusted or used (<see cref="Reason"/> says why, never a secret): the
/// process then keeps a budget of its own, with one warning naming <see cref="Path"/>.
/// </summary>
public sealed class BudgetFileException : IOException
{
    public BudgetFileException(string path, string reason)
        : base($"{path}: {reason}")
    {
        Path = path;
        Reason = reason;
    }

    public string Path { get; }

    public string Reason { get; }
}
