// legacy encodings: being written.
#pragma once
