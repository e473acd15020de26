// diff: being written.
#pragma once
