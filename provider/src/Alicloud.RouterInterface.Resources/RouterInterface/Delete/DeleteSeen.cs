namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>What the delete's step saw since it last asked the planner: a look at both ends, or an answer to its action.</summary>
public abstract record DeleteSeen;
