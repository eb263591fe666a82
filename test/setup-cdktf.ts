// Registers cdktf's jest matchers (toHaveResourceWithProperties, ...) for every test file, and their types.
import "cdktf/lib/testing/adapters/jest";
import { Testing } from "cdktf";

Testing.setupJest();
