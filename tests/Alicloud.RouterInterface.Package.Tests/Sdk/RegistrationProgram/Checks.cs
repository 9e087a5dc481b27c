namespace RegistrationProgram;

/// <summary>Named checks, each printed as it is made; the program's exit code says whether all held.</summary>
internal sealed class Checks
{
    private readonly List<string> _broken = [];
    private int _held;

    public bool AllHeld => _broken.Count == 0;

    public void That(bool condition, string what)
    {
        if (condition)
        {
            _held++;
            Console.WriteLine($"  ok      {what}");
        }
        else
        {
            _broken.Add(what);
            Console.WriteLine($"  BROKEN  {what}");
        }
    }

    public void Equal<T>(T expected, T actual, string what) =>
        That(EqualityComparer<T>.Default.Equals(expected, actual), $"{what}: expected {Show(expected)}, got {Show(actual)}");

    public string Summary => $"registration checks: {_held} held, {_broken.Count} broken";

    private static string Show<T>(T value) => value is null ? "null" : $"'{value}'";
}
