using Alicloud.RouterInterface.Testing;

namespace Alicloud.RouterInterface.Package.Tests.Support;

/// <summary>A fact that needs a file of the shared data folder beside the clone (present in CI, absent in a user's clone).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactRequiresSharedDataAttribute(string fileName)
    : FactRequiresFileAttribute(Path.Combine(RepoPaths.SharedData, fileName), "the shared data folder is not beside this clone.");
