// Package fakeaws serves, on loopback, what a Lambda function talks to: the
// Lambda Runtime API that hands it invocations, and a DynamoDB-shaped
// endpoint (plain HTTP, or TLS with a fresh self-signed certificate the SDK
// trusts through AWS_CA_BUNDLE). The behaviour oracles of the fix tests and
// the impact benchmark run the real aws-lambda-go runtime loop and the real
// aws-sdk-go-v2 client against them.
package fakeaws

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"errors"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Runtime serves the Lambda Runtime API's invocation endpoints.
type Runtime struct {
	Addr    string // host:port, for AWS_LAMBDA_RUNTIME_API
	srv     *http.Server
	queue   chan *call
	mu      sync.Mutex
	pending map[string]*call
	nextID  int
}

type call struct {
	event    string
	response chan string
}

// StartRuntime listens on loopback and serves until Close.
func StartRuntime() (*Runtime, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	rt := &Runtime{Addr: ln.Addr().String(), queue: make(chan *call), pending: map[string]*call{}}
	rt.srv = &http.Server{Handler: rt}
	go func() { _ = rt.srv.Serve(ln) }()
	return rt, nil
}

// Close stops serving.
func (rt *Runtime) Close() error { return rt.srv.Close() }

// ErrTimeout is returned when the function does not take or answer an
// invocation in time.
var ErrTimeout = errors.New("fakeaws: the function did not answer in time")

// Invoke hands the function one event and waits for its answer, "response
// <body>" or "error <body>", and returns it with the time from the event
// leaving to the answer arriving. Invocations may run concurrently.
func (rt *Runtime) Invoke(event string, timeout time.Duration) (string, time.Duration, error) {
	c := &call{event: event, response: make(chan string, 1)}
	start := time.Now()
	deadline := time.After(timeout)
	select {
	case rt.queue <- c:
	case <-deadline:
		return "", 0, ErrTimeout
	}
	select {
	case resp := <-c.response:
		return resp, time.Since(start), nil
	case <-deadline:
		return "", 0, ErrTimeout
	}
}

// ServeHTTP implements the invocation endpoints of the Runtime API.
func (rt *Runtime) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	path := strings.TrimPrefix(r.URL.Path, "/2018-06-01/runtime/invocation/")
	switch {
	case r.Method == http.MethodGet && path == "next":
		select {
		case c := <-rt.queue:
			rt.mu.Lock()
			rt.nextID++
			id := "req-" + strconv.Itoa(rt.nextID)
			rt.pending[id] = c
			rt.mu.Unlock()
			w.Header().Set("Lambda-Runtime-Aws-Request-Id", id)
			w.Header().Set("Lambda-Runtime-Deadline-Ms", strconv.FormatInt(time.Now().Add(time.Minute).UnixMilli(), 10))
			w.Header().Set("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-1:123456789012:function:f")
			_, _ = io.WriteString(w, c.event)
		case <-r.Context().Done(): // no more work: block as the real API does
		}
	case r.Method == http.MethodPost && (strings.HasSuffix(path, "/response") || strings.HasSuffix(path, "/error")):
		id, kind, _ := strings.Cut(path, "/")
		body, _ := io.ReadAll(r.Body)
		rt.mu.Lock()
		c := rt.pending[id]
		delete(rt.pending, id)
		rt.mu.Unlock()
		w.WriteHeader(http.StatusAccepted)
		if c != nil {
			c.response <- kind + " " + string(body)
		}
	default:
		http.Error(w, "unexpected "+r.Method+" "+r.URL.Path, http.StatusNotFound)
	}
}

// DynamoDB answers DynamoDB JSON operations with what Answer returns for the
// operation (the X-Amz-Target without its prefix) and the request body.
type DynamoDB struct {
	Endpoint string // for AWS_ENDPOINT_URL_DYNAMODB
	CAFile   string // for AWS_CA_BUNDLE, when served over TLS
	srv      *http.Server
}

// Request is the part of a DynamoDB request the fakes look at.
type Request struct {
	TableName string
	Select    string
}

// Options configures a fake DynamoDB.
type Options struct {
	// Answer returns the JSON body for an operation, or nil for an
	// unknown one.
	Answer func(op string, in Request) any
	// TLSDir, when set, serves TLS with a certificate written there.
	TLSDir string
	// RTT delays every write of the server by a simulated round trip.
	RTT time.Duration
}

// StartDynamoDB listens on loopback and serves until Close.
func StartDynamoDB(o Options) (*DynamoDB, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	d := &DynamoDB{Endpoint: "http://" + ln.Addr().String()}
	d.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var in Request
		_ = json.NewDecoder(r.Body).Decode(&in)
		out := o.Answer(strings.TrimPrefix(r.Header.Get("X-Amz-Target"), "DynamoDB_20120810."), in)
		w.Header().Set("Content-Type", "application/x-amz-json-1.0")
		if out == nil {
			http.Error(w, `{"__type":"UnknownOperationException"}`, http.StatusBadRequest)
			return
		}
		_ = json.NewEncoder(w).Encode(out)
	})}
	var l net.Listener = &slowListener{Listener: ln, rtt: o.RTT}
	if o.TLSDir != "" {
		cert, caFile, err := selfSigned(o.TLSDir)
		if err != nil {
			return nil, err
		}
		l = tls.NewListener(l, &tls.Config{Certificates: []tls.Certificate{cert}})
		d.Endpoint, d.CAFile = "https://"+ln.Addr().String(), caFile
	}
	go func() { _ = d.srv.Serve(l) }()
	return d, nil
}

// Close stops serving.
func (d *DynamoDB) Close() error { return d.srv.Close() }

// Env is the environment of a function process: the runtime, static test
// credentials, the DynamoDB endpoint, a home of its own, no EC2 metadata.
func Env(rt *Runtime, ddb *DynamoDB, home string, extra ...string) []string {
	env := []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + home,
		"AWS_LAMBDA_RUNTIME_API=" + rt.Addr,
		"AWS_REGION=eu-west-1",
		"AWS_ACCESS_KEY_ID=AKIDEXAMPLE",
		"AWS_SECRET_ACCESS_KEY=secret",
		"AWS_EC2_METADATA_DISABLED=true",
		"AWS_ENDPOINT_URL_DYNAMODB=" + ddb.Endpoint,
	}
	if ddb.CAFile != "" {
		env = append(env, "AWS_CA_BUNDLE="+ddb.CAFile)
	}
	return append(env, extra...)
}

// selfSigned makes a certificate for 127.0.0.1 and writes it as a CA bundle.
func selfSigned(dir string) (tls.Certificate, string, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, "", err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "dynamodb.local"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, BasicConstraintsValid: true, IsCA: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, "", err
	}
	caFile := filepath.Join(dir, "ca.pem")
	if err := os.WriteFile(caFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644); err != nil {
		return tls.Certificate{}, "", err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, caFile, nil
}

// slowListener simulates network distance: every write of the server
// reaches the client a round trip later, so a TLS handshake (one round
// trip with TLS 1.3) and each request pay it.
type slowListener struct {
	net.Listener
	rtt time.Duration
}

func (l *slowListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil || l.rtt == 0 {
		return c, err
	}
	return &slowConn{Conn: c, rtt: l.rtt}, nil
}

type slowConn struct {
	net.Conn
	rtt time.Duration
}

func (c *slowConn) Write(p []byte) (int, error) {
	time.Sleep(c.rtt)
	return c.Conn.Write(p)
}
