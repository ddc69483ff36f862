/** Analysis windows and the auxiliary windows reassignment needs. */
package tfr.window;
